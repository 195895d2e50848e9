#!/usr/bin/env bash
# The history search at the issue's size, on a server of the run command with its embedded MariaDB:
#   LIVECHAT_DATA_DIR=/tmp/history-bench LIVECHAT_HTTP_PORT=18080 java -jar launcher/target/livechat-launcher.jar
#   bench/history/run.sh /tmp/history-bench http://localhost:18080
# Seeds seed.sql with the full-text indexes dropped, builds them again with V42's statements (timed),
# times the SQL (measure.sh), then the page as the demo admin: console/history.xhtml?bot=<bench bot>&q=...
# (median of 6 after a warm-up; each a new search: a stopword added changes the text, so the 15 s cache
# of a search is passed, while the words searched stay the same).
set -euo pipefail
data=$1 site=$2
here=$(cd "$(dirname "$0")" && pwd)
socket=$(find "$data" -name '*.sock' | head -1)
client=$(find "$data" -path '*/bin/mariadb' -type f | head -1)
db=("$client" -uroot -S "$socket" --skip-ssl --default-character-set=utf8mb4 livechat)
sql() { "${db[@]}" -N -B -e "$1"; }
seconds() { local start=$(date +%s%N); "$@"; echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

if [[ $(sql "SELECT COUNT(*) FROM bot WHERE name LIKE 'Bench bot %'") == 0 ]]; then
    # FORCE rebuilds each table without its hidden FTS_DOC_ID column: an index added again over rows
    # inserted while the column stayed (a plain DROP INDEX keeps it) found nothing in MariaDB 11.4.
    sql "ALTER TABLE message DROP INDEX ft_message_text, FORCE; ALTER TABLE contact DROP INDEX ft_contact_profile, FORCE"
    echo "seeding: $(seconds "${db[@]}" < "$here/seed.sql")"
    echo "V42 on the seeded data: $(seconds sql "$(grep -v '^--' "$here/../../persistence/src/main/resources/db/migration/V42__history_fulltext.sql")")"
    sql "ANALYZE TABLE message, contact, conversation, conversation_tag" > /dev/null
fi
"$here/measure.sh" "${db[@]}"

bot=$(sql "SELECT MIN(id) FROM bot WHERE name LIKE 'Bench bot %'")
jar=$(mktemp)
login=$(curl -s -c "$jar" -b "$jar" "$site/login.xhtml")
state=$(printf '%s' "$login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:username=admin" \
    --data-urlencode "login:password=livechat-demo" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$site/login.xhtml"
page() { curl -s -o /tmp/history-page.html -b "$jar" -w '%{time_total}' \
    "$site/console/history.xhtml?bot=$bot&zone=UTC&q=$(printf '%s' "$1" | jq -sRr @uri)"; }
page warm > /dev/null; page up > /dev/null
for q in chargeback refund Müller order 'parcel damaged'; do
    times=()
    for stopword in '' ' the' ' of' ' is' ' an' ' at'; do
        times+=("$(page "$q$stopword")")
    done
    shown=$(grep -o 'data-total="[0-9]*"' /tmp/history-page.html | head -1)
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3,4p | paste -sd' ' -)
    printf 'page %-16s %s  middle two %s s  (all: %s)  %s kB\n' "$q" "$shown" "$median" "${times[*]}" \
        "$(( $(stat -c %s /tmp/history-page.html) / 1024 ))"
done
rm -f "$jar"
