#!/usr/bin/env bash
# Times the history search's SQL as HistoryQueries builds it, on the data seed.sql makes (in the bench bot where each word is): the
# plan (each way of matching looked up in its own index, at most 2,001 rows), the newest 501 matching
# conversations, and what the first page of 25 shows (rows, tags, snippets). Each step runs 5 times
# after a warm-up; medians are printed (each includes the client's start, a few ms), with EXPLAIN.
#   measure.sh <mariadb client command...>, e.g. measure.sh mariadb -uroot -S /tmp/db.sock livechat
set -euo pipefail
db=("$@")
run() { "${db[@]}" -N -B -e "$1"; }
ms() { local start end; start=$(date +%s%N); run "$1" > /dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | sed -n 3p; }
like() { printf '%s%%' "$(printf '%s' "$1" | sed -e 's/!/!!/g' -e 's/%/!%/g' -e 's/_/!_/g')"; }

search() {
    local typed=$1 query=$2 bot
    # The bench bot of the newest conversation the words are in (a message, else a profile): each word
    # is searched where it is.
    bot=$(run "SELECT COALESCE((SELECT c.bot_id FROM message m JOIN conversation c ON c.id = m.conversation_id
        WHERE MATCH (m.text) AGAINST ('$query' IN BOOLEAN MODE) AND c.bot_id >= $first ORDER BY m.id DESC LIMIT 1),
        (SELECT bot_id FROM contact WHERE MATCH (name, phone, email) AGAINST ('$query' IN BOOLEAN MODE)
        AND bot_id >= $first ORDER BY id DESC LIMIT 1), $first)")
    local visitor tag ids="" checks=() plan_sql=() name list check count
    visitor=$(like "$typed"); tag=$(like "${typed,,}")
    declare -A lists=(
        [messages]="SELECT m.conversation_id FROM message m WHERE MATCH (m.text) AGAINST ('$query' IN BOOLEAN MODE)"
        [profile]="SELECT c.id FROM contact p JOIN conversation c ON c.contact_id = p.id WHERE MATCH (p.name, p.phone, p.email) AGAINST ('$query' IN BOOLEAN MODE) AND p.bot_id = $bot"
        [visitor]="SELECT c.id FROM contact p JOIN conversation c ON c.contact_id = p.id WHERE p.bot_id = $bot AND p.external_id LIKE '$visitor' ESCAPE '!'"
        [tag]="SELECT t.conversation_id FROM conversation_tag t JOIN conversation c ON c.id = t.conversation_id WHERE t.tag LIKE '$tag' ESCAPE '!' AND c.bot_id = $bot")
    declare -A checked=(
        [messages]="EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND MATCH (m.text) AGAINST ('$query' IN BOOLEAN MODE))"
        [profile]="c.contact_id IN (SELECT p.id FROM contact p WHERE p.bot_id = $bot AND MATCH (p.name, p.phone, p.email) AGAINST ('$query' IN BOOLEAN MODE))"
        [visitor]="c.contact_id IN (SELECT v.id FROM contact v WHERE v.bot_id = $bot AND v.external_id LIKE '$visitor' ESCAPE '!')"
        [tag]="EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = c.id AND t.tag LIKE '$tag' ESCAPE '!')")
    local ways=""
    for name in messages profile visitor tag; do
        list="${lists[$name]} LIMIT 2001"
        plan_sql+=("$list")
        count=$(run "$list" | wc -l)
        if (( count > 2000 )); then
            checks+=("${checked[$name]}"); ways+=" $name:checked"
        else
            ids+=$(run "$list" | paste -sd, -)","; ways+=" $name:$count"
        fi
    done
    ids=$(printf '%s' "$ids" | tr ',' '\n' | grep . | sort -nu | paste -sd, - || true)
    local matching=""
    [[ -n $ids ]] && matching="c.id IN ($ids)"
    for check in "${checks[@]}"; do matching+="${matching:+ OR }$check"; done
    local hits="SELECT c.id, c.last_message_at FROM conversation c WHERE c.bot_id = $bot AND (${matching:-FALSE}) ORDER BY c.last_message_at DESC, c.id DESC LIMIT 501"
    local page; page=$(run "$hits" | head -25 | cut -f1 | paste -sd, -)
    local rows="SELECT conversation_id, tag FROM conversation_tag WHERE conversation_id IN (${page:-0}) ORDER BY conversation_id, tag;
        SELECT c.id, c.contact_id, p.name, c.channel, c.started_at, c.last_message_at, c.responder FROM conversation c JOIN contact p ON p.id = c.contact_id WHERE c.id IN (${page:-0});
        SELECT conversation_id, text FROM message WHERE conversation_id IN (${page:-0}) ORDER BY id DESC LIMIT 5000"
    local found; found=$(run "$hits" | wc -l)
    local plan; plan=$(printf '%s; ' "${plan_sql[@]}")
    local p h r
    p=$(for _ in 1 2 3 4 5; do ms "$plan"; done | median)
    h=$(for _ in 1 2 3 4 5; do ms "$hits"; done | median)
    r=$(for _ in 1 2 3 4 5; do ms "$rows"; done | median)
    printf 'bot %s  %-16s plan %5d ms (%s)  conversations %5d ms (%3d found)  first page %4d ms  total %5d ms\n' \
        "$bot" "$typed" "$p" "${ways# }" "$h" "$found" "$r" $((p + h + r))
    run "EXPLAIN $hits" | cut -f1-10 | sed 's/^/    /'
}

first=$(run "SELECT MIN(id) FROM bot WHERE name LIKE 'Bench bot %'")
echo "rows (messages, conversations, contacts): $(run 'SELECT (SELECT COUNT(*) FROM message), (SELECT COUNT(*) FROM conversation), (SELECT COUNT(*) FROM contact)')"
search chargeback '+chargeback*'
search refund '+refund*'
search Müller '+müller*'
search order '+order*'
search 'parcel damaged' '+parcel* +damaged*'
search visitor-0000123 '+visitor* +0000123*'
