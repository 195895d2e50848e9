#!/usr/bin/env bash
# Sets up a stock, stopped WildFly 39 (standalone-full.xml and standalone-full-ha.xml) for Live Chat
# and copies the EAR into its deployments. Nothing needs to run: jboss-cli.sh edits the configuration
# through an embedded server. Running it again with the same settings changes nothing; with other
# settings it writes the new values.
#
#   LIVECHAT_DB_URL=jdbc:mariadb://db:3306/livechat LIVECHAT_DB_USER=livechat LIVECHAT_DB_PASSWORD=... \
#     deploy/wildfly/install.sh /opt/wildfly-39.0.1.Final
#
# Settings, from the environment:
#   LIVECHAT_DB_URL, LIVECHAT_DB_USER, LIVECHAT_DB_PASSWORD  the data source java:/jdbc/livechat (required)
#   LIVECHAT_HTTP_PORT      the HTTP port (default 8080; jboss.http.port still overrides it at start)
#   LIVECHAT_HTTP_ADDRESS   the address it listens on (default 0.0.0.0, as the run command with an external database)
#   any other LIVECHAT_*    the application's setting of that name, by MicroProfile Config's rule for
#                           environment variables (LIVECHAT_LIMIT_FAILED_LOGINS is livechat.limit.failed-logins),
#                           written as one file per setting into standalone/configuration/livechat/
#                           (mode 600), a config source of the server; LIVECHAT_FOO_BAR that the
#                           application does not read becomes livechat.foo.bar. The run command's own
#                           LIVECHAT_DATA_DIR and LIVECHAT_EMBEDDED_DB_PORT are left out.
#   LIVECHAT_CLUSTER        for standalone-full-ha.xml: tcpip:HOST:PORT,HOST:PORT,... the JGroups TCP
#                           address of every node (port 7600 plus the node's port offset), found by
#                           TCPPING instead of the stock UDP multicast that many networks drop
#   LIVECHAT_CLUSTER_PASSWORD  the messaging cluster's password, the same on every node; required with
#                           LIVECHAT_CLUSTER (Artemis refuses its stock placeholder, and then no node
#                           hears another's pushes)
#   LIVECHAT_CLUSTER_JMS_TOPIC  the cluster relay's topic; install.sh creates livechat-relay as
#                           java:/jms/livechat-relay and names it unless this is set
#   LIVECHAT_EAR            the EAR (default: ear/target/livechat.ear of this checkout)
#   LIVECHAT_MARIADB_DRIVER the MariaDB driver jar of the module org.mariadb.jdbc, and
#   LIVECHAT_ECLIPSELINK    the EclipseLink jar that fills WildFly's module org.eclipse.persistence (the JPA
#                           provider of persistence.xml); by default both from ear/target/wildfly/, where the
#                           build copies them from the Maven repository (~/.m2) at the versions of the pom
set -euo pipefail

if [[ $# -ne 1 || ! -x "$1/bin/jboss-cli.sh" ]]; then
    echo "usage: $0 WILDFLY_HOME (a WildFly distribution with bin/jboss-cli.sh)" >&2
    exit 2
fi
home=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/../.." && pwd)
ear=${LIVECHAT_EAR:-$repo/ear/target/livechat.ear}
driver=${LIVECHAT_MARIADB_DRIVER:-$repo/ear/target/wildfly/mariadb-java-client.jar}
eclipselink=${LIVECHAT_ECLIPSELINK:-$repo/ear/target/wildfly/eclipselink.jar}
: "${LIVECHAT_DB_URL:?LIVECHAT_DB_URL must name the MariaDB, e.g. jdbc:mariadb://db:3306/livechat}"
: "${LIVECHAT_DB_USER:?LIVECHAT_DB_USER must be set}"
: "${LIVECHAT_DB_PASSWORD?LIVECHAT_DB_PASSWORD must be set (it may be empty)}"
port=${LIVECHAT_HTTP_PORT:-8080}
address=${LIVECHAT_HTTP_ADDRESS:-0.0.0.0}
[[ $port =~ ^[0-9]+$ ]] && (( port >= 1 && port <= 65535 )) || { echo "LIVECHAT_HTTP_PORT must be a port number, not '$port'" >&2; exit 2; }
peers=()
if [[ -n ${LIVECHAT_CLUSTER:-} ]]; then
    [[ $LIVECHAT_CLUSTER =~ ^tcpip:([^:,]+:[0-9]+)(,[^:,]+:[0-9]+)*$ ]] \
        || { echo "LIVECHAT_CLUSTER must be tcpip:HOST:PORT,HOST:PORT,... on WildFly, not '$LIVECHAT_CLUSTER'" >&2; exit 2; }
    [[ -n ${LIVECHAT_CLUSTER_PASSWORD:-} ]] \
        || { echo "LIVECHAT_CLUSTER_PASSWORD must be set with LIVECHAT_CLUSTER: the nodes' messaging cluster password" >&2; exit 2; }
    IFS=, read -r -a peers <<< "${LIVECHAT_CLUSTER#tcpip:}"
fi
for file in "$ear" "$driver" "$eclipselink"; do
    [[ -f $file ]] || { echo "$file is missing: build first (./mvnw -q -DskipTests package)" >&2; exit 2; }
done

# Copies a file only when it differs, so that a second run leaves its time stamp alone.
install_file() { # source target mode
    if ! cmp -s "$1" "$2"; then
        install -D -m "$3" "$1" "$2"
        echo "installed $2"
    fi
}

# A value between the double quotes of a jboss-cli operation.
cli_quote() {
    local value=${1//\\/\\\\}
    printf '"%s"' "${value//\"/\\\"}"
}

# The MariaDB driver as a module: the data source names it, the application never carries it.
module=$home/modules/org/mariadb/jdbc/main
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/module.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.mariadb.jdbc">
    <resources>
        <resource-root path="mariadb-java-client.jar"/>
    </resources>
    <dependencies>
        <module name="java.se"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
EOF
install_file "$driver" "$module/mariadb-java-client.jar" 644
install_file "$tmp/module.xml" "$module/module.xml" 644

# EclipseLink, the JPA provider the application is written for: WildFly's module has only its
# integration (jipijapa); the provider is added beside it, with the JDK modules it uses (JDBC, RMI).
persistence=$home/modules/system/layers/base/org/eclipse/persistence/main
integration=$(cd "$persistence" && ls jipijapa-eclipselink-*.jar)
sed -e "s|<resource-root path=\"$integration\"/>|&\n        <resource-root path=\"eclipselink.jar\"/>|" \
    -e 's|<dependencies>|&\n        <module name="java.se"/>|' "$persistence/module.xml" > "$tmp/persistence.xml"
grep -q 'path="eclipselink.jar"' "$persistence/module.xml" || install_file "$tmp/persistence.xml" "$persistence/module.xml" 644
install_file "$eclipselink" "$persistence/eclipselink.jar" 644

# The application's settings: one file per property, read through the config source "livechat".
settings=$home/standalone/configuration/livechat
mkdir -p "$settings"
chmod 700 "$settings"
# The names the application reads: its sources' strings, and the single sign-on settings that
# OidcSettings builds from the prefix livechat.oidc. (a directory source matches names exactly, so
# LIVECHAT_OIDC_CLIENT_ID must become livechat.oidc.client-id, not livechat.oidc.client.id).
known=$( (grep -rhoE '"livechat\.[a-z0-9.-]*[a-z0-9]"' "$repo"/ejb/src/main/java "$repo"/web/src/main/java | tr -d '"'
    printf 'livechat.oidc.%s\n' issuer client-id client-secret groups-claim scopes redirect-uri) | sort -u)
property_of() { # LIVECHAT_FOO_BAR -> the property the application reads under that environment name
    local env=$1 name
    for name in $known; do
        if [[ $(tr '[:lower:]' '[:upper:]' <<< "${name//[^a-zA-Z0-9]/_}") == "$env" ]]; then
            echo "$name"
            return
        fi
    done
    tr '[:upper:]_' '[:lower:].' <<< "$env"
}
# The cluster relay's topic (ClusterRelay, livechat.cluster.relay=jms, WildFly's default), unless named otherwise.
export LIVECHAT_CLUSTER_JMS_TOPIC=${LIVECHAT_CLUSTER_JMS_TOPIC:-java:/jms/livechat-relay}
while IFS= read -r env; do
    case $env in
        # This script's own, and the run command's (its data folder, embedded database, Payara Micro cluster mode).
        LIVECHAT_DB_URL|LIVECHAT_DB_USER|LIVECHAT_DB_PASSWORD|LIVECHAT_HTTP_PORT|LIVECHAT_HTTP_ADDRESS|LIVECHAT_EAR|\
        LIVECHAT_MARIADB_DRIVER|LIVECHAT_ECLIPSELINK|LIVECHAT_DATA_DIR|LIVECHAT_EMBEDDED_DB_PORT|LIVECHAT_CLUSTER|\
        LIVECHAT_CLUSTER_PASSWORD) continue ;;
    esac
    printf '%s' "${!env}" > "$tmp/value"
    install_file "$tmp/value" "$settings/$(property_of "$env")" 600
done < <(compgen -e | grep '^LIVECHAT_' || true)

# One jboss-cli script per configuration: add what is missing, then (re)write the values. Writing a
# value it already has leaves the file as it was.
configure() { # server-config
    cat <<EOF
embed-server --server-config=$1 --std-out=discard
if (outcome != success) of /subsystem=datasources/jdbc-driver=mariadb:read-resource
    /subsystem=datasources/jdbc-driver=mariadb:add(driver-name=mariadb, driver-module-name=org.mariadb.jdbc, driver-class-name=org.mariadb.jdbc.Driver)
end-if
if (outcome != success) of /subsystem=datasources/data-source=livechat:read-resource
    /subsystem=datasources/data-source=livechat:add(jndi-name=java:/jdbc/livechat, driver-name=mariadb, connection-url=$(cli_quote "$LIVECHAT_DB_URL"), user-name=$(cli_quote "$LIVECHAT_DB_USER"), password=$(cli_quote "$LIVECHAT_DB_PASSWORD"))
end-if
/subsystem=datasources/data-source=livechat:write-attribute(name=connection-url, value=$(cli_quote "$LIVECHAT_DB_URL"))
/subsystem=datasources/data-source=livechat:write-attribute(name=user-name, value=$(cli_quote "$LIVECHAT_DB_USER"))
/subsystem=datasources/data-source=livechat:write-attribute(name=password, value=$(cli_quote "$LIVECHAT_DB_PASSWORD"))
/subsystem=datasources/data-source=livechat:write-attribute(name=transaction-isolation, value=TRANSACTION_READ_COMMITTED)
/subsystem=datasources/data-source=livechat:write-attribute(name=min-pool-size, value=4)
/subsystem=datasources/data-source=livechat:write-attribute(name=initial-pool-size, value=4)
/subsystem=datasources/data-source=livechat:write-attribute(name=max-pool-size, value=32)
/subsystem=datasources/data-source=livechat:write-attribute(name=idle-timeout-minutes, value=5)
/subsystem=datasources/data-source=livechat:write-attribute(name=blocking-timeout-wait-millis, value=10000)
/subsystem=datasources/data-source=livechat:write-attribute(name=prepared-statements-cache-size, value=64)
/subsystem=datasources/data-source=livechat:write-attribute(name=share-prepared-statements, value=true)
/subsystem=datasources/data-source=livechat:write-attribute(name=valid-connection-checker-class-name, value=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLValidConnectionChecker)
/subsystem=datasources/data-source=livechat:write-attribute(name=exception-sorter-class-name, value=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLExceptionSorter)
/subsystem=datasources/data-source=livechat:write-attribute(name=background-validation, value=true)
/subsystem=datasources/data-source=livechat:write-attribute(name=background-validation-millis, value=10000)
/subsystem=datasources/data-source=livechat:write-attribute(name=flush-strategy, value=AllConnections)
if (outcome != success) of /subsystem=microprofile-config-smallrye/config-source=livechat:read-resource
    /subsystem=microprofile-config-smallrye/config-source=livechat:add(dir={path=livechat, relative-to=jboss.server.config.dir})
end-if
if (outcome != success) of /subsystem=messaging-activemq/server=default/jms-topic=livechat-relay:read-resource
    /subsystem=messaging-activemq/server=default/jms-topic=livechat-relay:add(entries=["java:/jms/livechat-relay"])
end-if
if (outcome != success) of /system-property=eclipselink.archive.factory:read-resource
    /system-property=eclipselink.archive.factory:add(value=org.jipijapa.eclipselink.JBossArchiveFactoryImpl)
end-if
/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi, value=false)
/subsystem=undertow/server=default-server/host=default-host:write-attribute(name=disable-console-redirect, value=true)
/socket-binding-group=standard-sockets/socket-binding=http:write-attribute(name=port, value="\${jboss.http.port:$port}")
/interface=public:write-attribute(name=inet-address, value="\${jboss.bind.address:$address}")
EOF
    if [[ $1 == standalone-full-ha.xml && ${#peers[@]} -gt 0 ]]; then
        cluster
    fi
    echo stop-embedded-server
}

# The HA configuration's cluster: JGroups over TCP with the nodes named (TCPPING), for Infinispan's
# sessions and Artemis' cluster connection alike, and the messaging cluster's password.
cluster() {
    local i bindings=()
    for i in "${!peers[@]}"; do
        local name=livechat-peer-$((i + 1)) host=${peers[$i]%:*} peer_port=${peers[$i]##*:}
        bindings+=("$name")
        cat <<EOF
if (outcome != success) of /socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=$name:read-resource
    /socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=$name:add(host=$(cli_quote "$host"), port=$peer_port)
end-if
/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=$name:write-attribute(name=host, value=$(cli_quote "$host"))
/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=$name:write-attribute(name=port, value=$peer_port)
EOF
    done
    local list
    list=$(IFS=,; echo "${bindings[*]}")
    cat <<EOF
if (outcome == success) of /subsystem=jgroups/stack=tcp/protocol=MPING:read-resource
    /subsystem=jgroups/stack=tcp/protocol=MPING:remove
end-if
if (outcome != success) of /subsystem=jgroups/stack=tcp/protocol=TCPPING:read-resource
    /subsystem=jgroups/stack=tcp/protocol=TCPPING:add(add-index=1, socket-bindings=[$list])
end-if
/subsystem=jgroups/stack=tcp/protocol=TCPPING:write-attribute(name=socket-bindings, value=[$list])
/subsystem=jgroups/channel=ee:write-attribute(name=stack, value=tcp)
/subsystem=messaging-activemq/server=default:write-attribute(name=cluster-password, value=$(cli_quote "$LIVECHAT_CLUSTER_PASSWORD"))
EOF
}

for config in standalone-full.xml standalone-full-ha.xml; do
    configure "$config" > "$tmp/$config.cli"
    "$home/bin/jboss-cli.sh" --file="$tmp/$config.cli" > "$tmp/$config.out" 2>&1 \
        || { cat "$tmp/$config.out" >&2; echo "configuring $config failed" >&2; exit 1; }
    echo "configured $config"
done

install_file "$ear" "$home/standalone/deployments/livechat.ear" 644
echo "Start it with: $home/bin/standalone.sh -c standalone-full.xml"
