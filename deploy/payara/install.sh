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
# A cluster, opt-in: LIVECHAT_PAYARA_INSTANCES=a:28000,b:28100 makes the instances a and b on this
# host (the domain's node localhost-DOMAIN), each on the ports create-instance --portbase derives from
# its number (HTTP +80, data grid +59, admin +48, HTTPS +81, IIOP +37..39, JMS +76, JMX +86, OSGi
# shell +66, debugger +9), all in the deployment group livechat and its one configuration
# livechat-config. The EAR, jdbc/livechat and the settings go to the group, with replicated sessions
# (web-container availability over the data grid); the domain itself (the DAS) then runs no Live
# Chat. LIVECHAT_PAYARA_DATAGRID_INTERFACE is the one address the domain's data grid binds (127.0.0.1
# with instances, as they all live on this host; else Payara's choice), its members named there (the
# DAS's data grid port and each instance's, instead of Payara's discovery by host name). Start them with
# asadmin start-domain, then asadmin start-instance NAME, the first one alone (it migrates the schema),
# or later asadmin start-deployment-group livechat. An instance no longer named is left as it is
# (asadmin delete-instance removes it).
#
# A second run with the same settings changes nothing; a changed setting, port or EAR is applied.
# The database must be reachable: the EAR is deployed (and so migrated) while the domain runs here
# (with instances: when they start).
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
INSTANCES=${LIVECHAT_PAYARA_INSTANCES:-}
GROUP=livechat
GROUP_CONFIG=livechat-config
if [ -n "$INSTANCES" ]; then
    DATAGRID_INTERFACE=${LIVECHAT_PAYARA_DATAGRID_INTERFACE:-127.0.0.1}
else
    DATAGRID_INTERFACE=${LIVECHAT_PAYARA_DATAGRID_INTERFACE:-}
fi

for name in LIVECHAT_DB_URL LIVECHAT_DB_USER LIVECHAT_DB_PASSWORD; do
    [ -n "${!name:-}" ] || die "$name must be set"
done
[ -f "$DOMAIN_DIR/config/domain.xml" ] || die "no domain $DOMAIN in $PAYARA_HOME/glassfish/domains"
[ -f "$EAR" ] || die "no EAR at $EAR: build it (./mvnw -q -DskipTests package) or set LIVECHAT_EAR"
[[ $HTTP_PORT =~ ^[0-9]+$ ]] || die "LIVECHAT_HTTP_PORT must be a port number"
[[ -z $INSTANCES || $INSTANCES =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]+(,[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]+)*$ ]] \
    || die "LIVECHAT_PAYARA_INSTANCES must be NAME:PORTBASE,NAME:PORTBASE,..."

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
            LIVECHAT_PAYARA_INSTANCES | LIVECHAT_PAYARA_DATAGRID_INTERFACE) continue ;;
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


# The ports of an instance, as create-instance --portbase derives them, plus the data grid's, which it leaves at 5900.
instance_ports() {
    local base=$1
    printf '%s\n' "ASADMIN_LISTENER_PORT=$((base + 48))" "HTTP_LISTENER_PORT=$((base + 80))" \
        "HTTP_SSL_LISTENER_PORT=$((base + 81))" "IIOP_LISTENER_PORT=$((base + 37))" \
        "IIOP_SSL_LISTENER_PORT=$((base + 38))" "IIOP_SSL_MUTUALAUTH_PORT=$((base + 39))" \
        "JMS_PROVIDER_PORT=$((base + 76))" "JMX_SYSTEM_CONNECTOR_PORT=$((base + 86))" \
        "OSGI_SHELL_TELNET_PORT=$((base + 66))" "JAVA_DEBUGGER_PORT=$((base + 9))" "HZ_LISTENER_PORT=$((base + 59))"
}

# The instances, on the ports of their bases, each in the deployment group. One get for all: asadmin is slow.
create_instances() {
    local existing members entry name ports property values=()
    existing=$(asadmin list-instances --nostatus)
    members=$(asadmin get "deployment-groups.deployment-group.$GROUP.*")
    for entry in ${INSTANCES//,/ }; do
        name=${entry%%:*}
        mapfile -t ports < <(instance_ports "${entry#*:}")
        if ! grep -qx "$name" <<< "$existing"; then
            asadmin create-instance --node "localhost-$DOMAIN" --config "$GROUP_CONFIG" --checkports=false \
                --systemproperties "$(IFS=:; echo "${ports[*]}")" "$name" >/dev/null
            echo "created instance $name"
        fi
        for property in "${ports[@]}"; do
            values+=("servers.server.$name.system-property.${property%%=*}.value=${property#*=}")
        done
        if ! grep -qxF "deployment-groups.deployment-group.$GROUP.dg-server-ref.$name.ref=$name" <<< "$members"; then
            asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$GROUP" >/dev/null
            echo "instance $name joined $GROUP"
        fi
    done
    ensure "servers.*" "${values[@]}"
}

# The instances' one configuration, and what the group holds: the pool's resource (the EAR follows).
configure_group() {
    local C=configs.config.$GROUP_CONFIG
    local W=$C.availability-service.web-container-availability
    # A copy of default-config has no microprofile-config to set until set-config-dir makes it.
    if ! asadmin get "$C.microprofile-config.secret-dir" >/dev/null 2>&1; then
        asadmin set-config-dir --directory "$SECRETS" --target "$GROUP_CONFIG" >/dev/null
    fi
    # The settings folder by its absolute path (the instances' roots are under nodes/): one host, one copy.
    # Sessions in the data grid, written when the application changed them, as the repository's domain.xml;
    # the EJB module's schedules too, as an instance has no copy of the domain's timer database (H2).
    ensure "$C.*" \
        "$C.microprofile-config.secret-dir=$SECRETS" \
        "$C.microprofile-config.secret-dir-ordinality=101" \
        "$C.network-config.network-listeners.network-listener.http-listener-1.address=$HTTP_ADDRESS" \
        "$C.availability-service.availability-enabled=true" \
        "$W.availability-enabled=true" \
        "$W.persistence-type=hazelcast" \
        "$W.persistence-scope=modified-session" \
        "$C.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    if ! asadmin list-resource-refs "$GROUP" | grep -qx jdbc/livechat; then
        asadmin create-resource-ref --target "$GROUP" jdbc/livechat >/dev/null
        echo "jdbc/livechat on $GROUP"
    fi
}

cluster() {
    asadmin list-configs | grep -qx "$GROUP_CONFIG" || { asadmin copy-config default-config "$GROUP_CONFIG" >/dev/null; echo "created config $GROUP_CONFIG"; }
    asadmin list-deployment-groups | grep -qx "[[:space:]]*$GROUP" || { asadmin create-deployment-group "$GROUP" >/dev/null; echo "created deployment group $GROUP"; }
    create_instances
    configure_group
}
# The data grid on one address (Hazelcast's interfaces), for the DAS and every instance alike. Hazelcast
# still listens on every address with it unless its own hazelcast.socket.bind.any is false; and then the
# domain's discovery, which looks for the DAS by its host name, finds nobody: so with instances the
# members are named, all on that address (the DAS's data grid port and each instance's).
bind_datagrid_to_interface() {
    if ! asadmin list-jvm-options --target "$1" | grep -qx -- -Dhazelcast.socket.bind.any=false; then
        asadmin create-jvm-options --target "$1" -- -Dhazelcast.socket.bind.any=false >/dev/null
        echo "data grid of $1 on $DATAGRID_INTERFACE only"
    fi
}
datagrid() {
    local R=hazelcast-runtime-configuration current members entry
    current=$(asadmin get "$R.*")
    local wanted=(--interfaces "$DATAGRID_INTERFACE")
    if [ -n "$INSTANCES" ]; then
        members=$DATAGRID_INTERFACE:$(sed -n "s/^$R.das-port=//p" <<< "$current")
        for entry in ${INSTANCES//,/ }; do
            members+=",$DATAGRID_INTERFACE:$((${entry#*:} + 59))"
        done
        wanted+=(--clustermode tcpip --tcpipmembers "$members")
        grep -qxF "$R.discovery-mode=tcpip" <<< "$current" && grep -qxF "$R.tcpip-members=$members" <<< "$current" \
            && wanted=(--interfaces "$DATAGRID_INTERFACE")
    fi
    if [ ${#wanted[@]} -gt 2 ] || ! grep -qxF "$R.interface=$DATAGRID_INTERFACE" <<< "$current"; then
        asadmin set-hazelcast-configuration "${wanted[@]}" >/dev/null
        echo "data grid on $DATAGRID_INTERFACE${members:+: $members}"
    fi
    bind_datagrid_to_interface server-config
    [ -z "$INSTANCES" ] || bind_datagrid_to_interface "$GROUP_CONFIG"
}

TARGET=server
AVAILABILITY=false
if [ -n "$INSTANCES" ]; then
    cluster
    TARGET=$GROUP
    AVAILABILITY=true
fi
[ -z "$DATAGRID_INTERFACE" ] || datagrid

# The EAR, unless this very EAR is deployed on this target already (its checksum is a property of the
# application). Availability on (with instances) is what makes the instances replicate its sessions.
SHA=$(sha256sum "$EAR" | cut -d ' ' -f 1)
if ! asadmin get "applications.application.$APP.property.livechat.ear.sha256" 2>/dev/null \
        | grep -qx "applications.application.$APP.property.livechat.ear.sha256=$SHA" \
        || ! asadmin list-applications "$TARGET" | grep -q "^$APP\b"; then
    asadmin deploy --force=true --target "$TARGET" --availabilityenabled="$AVAILABILITY" --name "$APP" \
        --properties "livechat.ear.sha256=$SHA" "$EAR" >/dev/null \
        || die "the deployment failed: see $DOMAIN_DIR/logs/server.log"
    echo "deployed $EAR on $TARGET"
fi
if [ -n "$INSTANCES" ]; then
    echo "Live Chat is installed in the deployment group $GROUP of $DOMAIN; start it with $ASADMIN start-domain $DOMAIN," \
        "then $ASADMIN --port $ADMIN_PORT start-instance NAME for each (the first alone: it migrates the schema)"
else
    echo "Live Chat is installed in $DOMAIN; start it with $ASADMIN start-domain $DOMAIN (HTTP port $HTTP_PORT)"
fi
