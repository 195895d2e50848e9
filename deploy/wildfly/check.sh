#!/usr/bin/env bash
# The EAR on a stock WildFly, checked from outside: unzips a fresh distribution, runs install.sh twice
# (the second run must leave every file as it was), starts the server, and runs SmokeCheck against it.
#
#   LIVECHAT_DB_URL=... LIVECHAT_DB_USER=... LIVECHAT_DB_PASSWORD=... deploy/wildfly/check.sh [standalone-full-ha.xml]
#
# The database may be empty or used: the check makes its own bot, agent and visitor, and signs in as
# the bootstrap admin it names (CHECK_ADMIN, default check-admin, created only where nobody is an
# admin yet; otherwise give that admin's password as CHECK_ADMIN_PASSWORD). WILDFLY_ZIP is the
# distribution (default: org.wildfly:wildfly-dist:39.0.1.Final:zip in ~/.m2), CHECK_DIR where it is
# unpacked (a new temporary directory), CHECK_PORT_OFFSET moves every port of the server (0), and
# CHECK_SERVER_OPTS are more options of standalone.sh (-Djboss.management.http.port=..., say).
set -euo pipefail

config=${1:-standalone-full.xml}
repo=$(cd "$(dirname "$0")/../.." && pwd)
zip=${WILDFLY_ZIP:-$HOME/.m2/repository/org/wildfly/wildfly-dist/39.0.1.Final/wildfly-dist-39.0.1.Final.zip}
dir=${CHECK_DIR:-$(mktemp -d)}
offset=${CHECK_PORT_OFFSET:-0}
export LIVECHAT_BOOTSTRAP_ADMIN=${CHECK_ADMIN:-check-admin}
password=${CHECK_ADMIN_PASSWORD:-check-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')}
: "${LIVECHAT_DB_URL:?LIVECHAT_DB_URL must name the MariaDB to check against}"

unzip -q "$zip" -d "$dir"
home=$(echo "$dir"/wildfly-*)
printf '%s' "$password" > "$dir/admin-password"
export LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD_FILE=$dir/admin-password

"$repo/deploy/wildfly/install.sh" "$home"
sums() {
    (cd "$home" && find standalone/configuration/*.xml standalone/configuration/livechat modules/org/mariadb \
        modules/system/layers/base/org/eclipse/persistence standalone/deployments -type f | sort | xargs sha256sum)
}
sums > "$dir/first.sums"
"$repo/deploy/wildfly/install.sh" "$home" > /dev/null
sums > "$dir/second.sums"
diff "$dir/first.sums" "$dir/second.sums" || { echo "FAILED the second install.sh run changed files" >&2; exit 1; }
echo "ok     a second install.sh run changes nothing ($(wc -l < "$dir/first.sums") files)"

LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$dir/server.pid \
    "$home/bin/standalone.sh" -c "$config" -Djboss.socket.binding.port-offset="$offset" ${CHECK_SERVER_OPTS:-} > "$dir/console.log" 2>&1 &
stop() {
    if [[ -f $dir/server.pid ]]; then
        kill "$(cat "$dir/server.pid")" 2> /dev/null || true
    fi
}
trap stop EXIT
port=$(( ${LIVECHAT_HTTP_PORT:-8080} + offset ))
for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; then
        break
    fi
    sleep 2
done
java "$repo/deploy/wildfly/SmokeCheck.java" "http://127.0.0.1:$port/" "$LIVECHAT_BOOTSTRAP_ADMIN" "$password" \
    || { echo "the server's log: $home/standalone/log/server.log" >&2; exit 1; }
