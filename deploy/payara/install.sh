#!/usr/bin/env bash
# Installs Live Chat into a stopped Payara Server 6 and leaves it stopped: the MariaDB driver, the
# jdbc/livechat pool of the repository's domain.xml, the settings, the HTTP port and the EAR. Start
# it afterwards with PAYARA_HOME/bin/asadmin start-domain.
#
#   LIVECHAT_DB_URL=jdbc:mariadb://db:3306/livechat LIVECHAT_DB_USER=livechat LIVECHAT_DB_PASSWORD=... \
#       deploy/payara/install.sh PAYARA_HOME
#
# Every LIVECHAT_* variable becomes the livechat.* setting whose MicroProfile Config environment name it
# is (LIVECHAT_LIMIT_FAILED_LOGINS is livechat.limit.failed-logins), as under the run command; the
# settings are files in the domain's secrets folder, so no password lands in domain.xml. Only for this
# script: LIVECHAT_HTTP_PORT (8080), LIVECHAT_HTTP_ADDRESS (0.0.0.0), LIVECHAT_EAR (the build's
# ear/target/livechat.ear), LIVECHAT_JDBC_DRIVER (the build's copy, else the local Maven repository),
# PAYARA_DOMAIN (domain1). asadmin reads AS_ADMIN_USER and AS_ADMIN_PASSWORDFILE for a domain with an
# admin password.
#
# A second run with the same settings changes nothing; a changed setting, port or EAR is applied.
# The database must be reachable: the EAR is deployed (and so migrated) while the domain runs here.
set -euo pipefail

die() {
    echo "install.sh: $*" >&2
    exit 1
}

[ $# -eq 1 ] || die "usage: install.sh PAYARA_HOME (see the comment at its top for the settings)"
[ -x "$1/bin/asadmin" ] || die "$1 is not a Payara Server: no bin/asadmin"
PAYARA_HOME=$(cd "$1" && pwd)
REPO=$(cd "$(dirname "$0")/../.." && pwd)
ASADMIN=$PAYARA_HOME/bin/asadmin
DOMAIN=${PAYARA_DOMAIN:-domain1}
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$DOMAIN
EAR=${LIVECHAT_EAR:-$REPO/ear/target/livechat.ear}
HTTP_PORT=${LIVECHAT_HTTP_PORT:-8080}
HTTP_ADDRESS=${LIVECHAT_HTTP_ADDRESS:-0.0.0.0}
POOL=LivechatPool
APP=livechat

for name in LIVECHAT_DB_URL LIVECHAT_DB_USER LIVECHAT_DB_PASSWORD; do
    [ -n "${!name:-}" ] || die "$name must be set"
done
[ -f "$DOMAIN_DIR/config/domain.xml" ] || die "no domain $DOMAIN in $PAYARA_HOME/glassfish/domains"
[ -f "$EAR" ] || die "no EAR at $EAR: build it (./mvnw -q -DskipTests package) or set LIVECHAT_EAR"
[[ $HTTP_PORT =~ ^[0-9]+$ ]] || die "LIVECHAT_HTTP_PORT must be a port number"

# The build's copy (the run command's package puts it there), else the version the build names, from ~/.m2.
driver_jar() {
    if [ -n "${LIVECHAT_JDBC_DRIVER:-}" ]; then
        echo "$LIVECHAT_JDBC_DRIVER"
    elif [ -f "$REPO/launcher/target/server/mariadb-java-client.jar" ]; then
        echo "$REPO/launcher/target/server/mariadb-java-client.jar"
    else
        local version
        version=$(sed -n 's:.*<mariadb-client.version>\(.*\)</mariadb-client.version>.*:\1:p' "$REPO/pom.xml")
        echo "$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/$version/mariadb-java-client-$version.jar"
    fi
}
DRIVER=$(driver_jar)
[ -f "$DRIVER" ] || die "no MariaDB driver at $DRIVER: build the project or set LIVECHAT_JDBC_DRIVER"

# The admin port of this domain, so that no command here ever reaches another domain's server.
ADMIN_PORT=$(grep -o '<network-listener [^>]*name="admin-listener"[^>]*>' "$DOMAIN_DIR/config/domain.xml" \
    | head -n 1 | sed -n 's/.* port="\([0-9]*\)".*/\1/p')
[ -n "$ADMIN_PORT" ] || die "no admin-listener port in $DOMAIN_DIR/config/domain.xml"
if "$ASADMIN" list-domains --domaindir "$PAYARA_HOME/glassfish/domains" | grep -qx "$DOMAIN running"; then
    die "domain $DOMAIN is running: stop it first ($ASADMIN stop-domain $DOMAIN)"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$ADMIN_PORT") 2>/dev/null; then
    die "the admin port $ADMIN_PORT of $DOMAIN is taken by another process"
fi

asadmin() {
    "$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" --interactive=false "$@"
}

### Offline: the driver and the settings.

install -d "$DOMAIN_DIR/lib"
if ! cmp -s "$DRIVER" "$DOMAIN_DIR/lib/mariadb-java-client.jar"; then
    cp "$DRIVER" "$DOMAIN_DIR/lib/mariadb-java-client.jar"
    echo "MariaDB driver: $DRIVER -> $DOMAIN_DIR/lib/mariadb-java-client.jar"
fi

# The names the application reads: its classes' strings, the single sign-on settings that
# OidcSettings builds from the prefix livechat.oidc., and the pool's own (below).
known_settings() {
    local tmp
    tmp=$(mktemp -d)
    unzip -q -o "$EAR" 'livechat-*.jar' 'livechat-*.war' 'lib/io.livechat-*.jar' -d "$tmp"
    for archive in "$tmp"/*.jar "$tmp"/*.war "$tmp"/lib/*.jar; do
        unzip -p "$archive" '*.class'
    done | LC_ALL=C grep -aoE 'livechat\.[a-z0-9]+([.-][a-z0-9]+)+' | sort -u
    rm -rf "$tmp"
    printf 'livechat.oidc.%s\n' issuer client-id client-secret groups-claim scopes redirect-uri
    printf 'livechat.db.%s\n' url user password
}

# MicroProfile Config's environment name of a property: upper case, every other character an underscore.
env_name() {
    local upper=${1^^}
    echo "${upper//[^A-Z0-9]/_}"
}

declare -A SETTINGS=()
map_settings() {
    local -A by_env=()
    local property var
    while read -r property; do
        by_env[$(env_name "$property")]=$property
    done < <(known_settings)
    for var in $(compgen -e | grep '^LIVECHAT_' | sort); do
        case $var in
            LIVECHAT_HTTP_PORT | LIVECHAT_HTTP_ADDRESS | LIVECHAT_EAR | LIVECHAT_JDBC_DRIVER) continue ;;
            LIVECHAT_DATA_DIR | LIVECHAT_EMBEDDED_DB_PORT | LIVECHAT_CLUSTER)
                echo "$var is a setting of the run command only: ignored" >&2
                continue ;;
        esac
        property=${by_env[$var]:-}
        if [ -z "$property" ]; then
            property=$(echo "${var,,}" | tr _ .)
            echo "$var: the application reads no such setting; installed as $property" >&2
        fi
        SETTINGS[$property]=${!var}
    done
}
map_settings

# One file a setting, named like the property: Payara's directory config source. Only the owner reads them.
SECRETS=$DOMAIN_DIR/secrets
(umask 077 && mkdir -p "$SECRETS")
chmod 700 "$SECRETS"
for property in "${!SETTINGS[@]}"; do
    file=$SECRETS/$property
    if [ ! -f "$file" ] || [ "$(cat "$file"; printf x)" != "${SETTINGS[$property]}x" ]; then
        (umask 077 && printf '%s' "${SETTINGS[$property]}" > "$file")
        echo "setting $property"
    fi
done
for file in "$SECRETS"/livechat.*; do
    [ -e "$file" ] || continue
    property=${file##*/}
    if [ -z "${SETTINGS[$property]+set}" ]; then
        rm "$file"
        echo "setting $property removed: no $(env_name "$property") now"
    fi
done

### Online: what only the running domain configures.

STARTED=false
stop_domain() {
    if $STARTED; then
        "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || echo "install.sh: could not stop $DOMAIN" >&2
    fi
}
trap stop_domain EXIT
"$ASADMIN" start-domain "$DOMAIN" >/dev/null || die "$DOMAIN did not start: see $DOMAIN_DIR/logs/server.log"
STARTED=true

# Sets the dotted names that differ from what the domain has under the pattern; nothing when none does.
ensure() {
    local pattern=$1 current pair
    shift
    current=$(asadmin get "$pattern" 2>/dev/null || true)
    local changes=()
    for pair in "$@"; do
        grep -qxF -- "$pair" <<< "$current" || changes+=("$pair")
    done
    if [ ${#changes[@]} -gt 0 ]; then
        asadmin set "${changes[@]}" >/dev/null
        printf 'set %s\n' "${changes[@]%%=*}"
    fi
}

CONFIG=configs.config.server-config
# Above the application's own defaults (its microprofile-config.properties, 100), below the
# environment (300), so a variable given to start-domain still wins, as everywhere in MicroProfile Config.
ensure "$CONFIG.microprofile-config.*" \
    "$CONFIG.microprofile-config.secret-dir=secrets" \
    "$CONFIG.microprofile-config.secret-dir-ordinality=101"

# SameSite: Payara ignores web.xml's (Servlet 6), and the WAR's glassfish-web.xml sets it on the
# session cookie. The listener's cookie-same-site-enabled stays off: it appends a second SameSite to
# every cookie that has one already.
L=$CONFIG.network-config.network-listeners.network-listener.http-listener-1
ensure "$L.*" "$L.port=$HTTP_PORT" "$L.address=$HTTP_ADDRESS"

# The pool of the repository's domain.xml: see the comment there for why each value.
if ! asadmin list-jdbc-connection-pools | grep -qx "$POOL"; then
    asadmin create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource \
        --restype javax.sql.DataSource \
        --property 'url=${MPCONFIG\=livechat.db.url}:user=${MPCONFIG\=livechat.db.user}:password=${MPCONFIG\=livechat.db.password}' \
        "$POOL" >/dev/null
    echo "created pool $POOL"
fi
P=resources.jdbc-connection-pool.$POOL
ensure "$P.*" \
    "$P.datasource-classname=org.mariadb.jdbc.MariaDbDataSource" \
    "$P.res-type=javax.sql.DataSource" \
    "$P.steady-pool-size=4" \
    "$P.max-pool-size=32" \
    "$P.pool-resize-quantity=4" \
    "$P.idle-timeout-in-seconds=300" \
    "$P.max-wait-time-in-millis=10000" \
    "$P.connection-validation-method=custom-validation" \
    "$P.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation" \
    "$P.is-connection-validation-required=true" \
    "$P.validate-atmost-once-period-in-seconds=10" \
    "$P.fail-all-connections=true" \
    "$P.statement-cache-size=64" \
    "$P.connection-leak-timeout-in-seconds=0" \
    "$P.connection-leak-reclaim=false" \
    "$P.statement-leak-timeout-in-seconds=0" \
    "$P.non-transactional-connections=false" \
    "$P.transaction-isolation-level=read-committed" \
    "$P.is-isolation-level-guaranteed=false" \
    "$P.property.url=\${MPCONFIG=livechat.db.url}" \
    "$P.property.user=\${MPCONFIG=livechat.db.user}" \
    "$P.property.password=\${MPCONFIG=livechat.db.password}"
if ! asadmin list-jdbc-resources | grep -qx jdbc/livechat; then
    asadmin create-jdbc-resource --connectionpoolid "$POOL" jdbc/livechat >/dev/null
    echo "created resource jdbc/livechat"
fi
ensure "resources.jdbc-resource.jdbc/livechat.*" "resources.jdbc-resource.jdbc/livechat.pool-name=$POOL"

# The EAR, unless this very EAR is deployed already (its checksum is a property of the application).
SHA=$(sha256sum "$EAR" | cut -d ' ' -f 1)
if ! asadmin get "applications.application.$APP.property.livechat.ear.sha256" 2>/dev/null \
        | grep -qx "applications.application.$APP.property.livechat.ear.sha256=$SHA"; then
    asadmin deploy --force=true --name "$APP" --properties "livechat.ear.sha256=$SHA" "$EAR" >/dev/null \
        || die "the deployment failed: see $DOMAIN_DIR/logs/server.log"
    echo "deployed $EAR"
fi
echo "Live Chat is installed in $DOMAIN; start it with $ASADMIN start-domain $DOMAIN (HTTP port $HTTP_PORT)"
