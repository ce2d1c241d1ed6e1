#!/usr/bin/env bash
# Times the deal board of a pipeline with many open deals: starts the packaged application on a
# scratch embedded PostgreSQL (or on CLIENTELE_DB_URL), bulk-inserts a pipeline with N open deals
# (SQL, spread over its four open stages, five currencies with exchange rates, owners, companies),
# signs in, requests /deals/board?pipelineId=... R times and reports the server time of each
# request from Micrometer's http.server.requests (the sum's growth per request, read from
# /actuator/prometheus), with p50, p95 and max; the client's time to the first byte beside it.
# Usage: ./mvnw -q package -DskipTests && bench/board.sh [deals] [requests] [heap, such as 512m]
# Needs no generated data set, so it suits profiling the board alone; bench/run.sh measures it among
# the other scenarios on the generated data (client time, under concurrent load).
# BENCH_JAR runs another jar than target/clientele.jar; BENCH_JAVA_OPTS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${BENCH_JAR:-target/clientele.jar}
deals=${1:-2000}
requests=${2:-50}
heap=${3:-512m}
[ -f "$jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
command -v psql > /dev/null || { echo "psql is needed to load the deals" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
email=bench@clientele.test
password=Bench-Password-$RANDOM$RANDOM

CLIENTELE_BOOTSTRAP_ADMIN_EMAIL=$email CLIENTELE_BOOTSTRAP_ADMIN_PASSWORD=$password \
    java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" --server.port="$port" --clientele.data-dir="$work/data" \
    --spring.main.banner-mode=off > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1800); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
done

# The database the application runs on: the embedded one logs its port; an external one is given.
if [ -n "${CLIENTELE_DB_URL:-}" ]; then
    db="${BENCH_PSQL_URL:?set BENCH_PSQL_URL to a psql connection string for CLIENTELE_DB_URL}"
else
    pgport=$(grep 'Embedded PostgreSQL is serving' "$work/app.log" | grep -oE 'localhost:[0-9]+/' | head -1 | tr -dc 0-9)
    db="postgresql://postgres@127.0.0.1:$pgport/clientele"
fi
psql -q -v ON_ERROR_STOP=1 "$db" > /dev/null <<SQL
insert into pipelines (name, is_default, position, active, created_at, updated_at)
    values ('Benchmark', false, 500, true, current_timestamp, current_timestamp);
insert into pipeline_stages (pipeline_id, name, position, probability, outcome, active)
    select p.id, s.name, s.position, s.probability, s.outcome, true from pipelines p,
    (values ('Lead in', 10, 10, 'OPEN'), ('Qualified', 20, 25, 'OPEN'), ('Proposal', 30, 50, 'OPEN'),
            ('Negotiation', 40, 75, 'OPEN'), ('Won', 50, 100, 'WON'), ('Lost', 60, 0, 'LOST'))
        as s (name, position, probability, outcome)
    where p.name = 'Benchmark';
insert into companies (name, sort_name, owner_id, created_at, updated_at)
    select 'Bench company ' || i, 'bench company ' || i, (select min(id) from users), current_timestamp, current_timestamp
    from generate_series(1, 200) i;
insert into exchange_rates (base_currency, quote_currency, rate, valid_on, source, created_at, updated_at)
    select 'EUR', c.code, c.rate, current_date - d, 'MANUAL', current_timestamp, current_timestamp
    from (values ('USD', 1.0850), ('GBP', 0.8550), ('CHF', 0.9400), ('SEK', 11.2000)) as c (code, rate),
         generate_series(0, 30) d;
insert into deals (name, pipeline_id, stage_id, status, stage_entered_at, amount, currency, probability, expected_close,
                   important, company_id, owner_id, team_id, created_at, updated_at)
    select 'Bench deal ' || i, p.id, st.id, 'OPEN', current_timestamp - (i || ' minutes')::interval,
           (100 + (i * 37) % 99900)::numeric(19, 4), (array['EUR', 'USD', 'GBP', 'CHF', 'SEK'])[1 + i % 5], st.probability,
           current_date + (i % 400) - 30, i % 17 = 0,
           (select min(id) from companies where name like 'Bench company %') + i % 200, (select min(id) from users), null,
           current_timestamp, current_timestamp
    from generate_series(1, $deals) i
    join pipelines p on p.name = 'Benchmark'
    join pipeline_stages st on st.pipeline_id = p.id and st.outcome = 'OPEN' and st.position = 10 * (1 + i % 4);
analyze deals;
SQL
pipeline=$(psql -Atq "$db" -c "select id from pipelines where name = 'Benchmark'")
echo "loaded: $deals open deals in pipeline $pipeline"

base="http://127.0.0.1:$port"
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/token" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("access_token") or d.get("accessToken"))')
jar_cookies="$work/cookies"
csrf=$(curl -fs -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$jar_cookies" -c "$jar_cookies" -o /dev/null --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/login"

board_seconds() {
    curl -fs -H "Authorization: Bearer $token" "$base/actuator/prometheus" \
        | awk '/^http_server_requests_seconds_sum\{/ && /uri="\/deals\/board"/ && /status="200"/ { sum += $NF } END { printf "%.6f\n", sum + 0 }'
}
curl -fs -b "$jar_cookies" -o "$work/board.html" "$base/deals/board?pipelineId=$pipeline"
grep -q 'data-testid="board-column"' "$work/board.html" || { echo "The board did not render" >&2; tail -50 "$work/app.log" >&2; exit 1; }
for _ in 1 2 3 4 5; do curl -fs -b "$jar_cookies" -o /dev/null "$base/deals/board?pipelineId=$pipeline"; done  # warm-up

: > "$work/times"
for _ in $(seq 1 "$requests"); do
    before=$(board_seconds)
    client=$(curl -fs -b "$jar_cookies" -o /dev/null -w '%{time_starttransfer}' "$base/deals/board?pipelineId=$pipeline")
    after=$(board_seconds)
    echo "$before $after $client" >> "$work/times"
done
cards=$(grep -c 'data-testid="board-card"' "$work/board.html")
echo "board: $(grep -c 'data-testid="board-column"' "$work/board.html") columns, $cards cards shown, $(du -h "$work/board.html" | cut -f1) of HTML"
python3 - "$work/times" "$requests" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
server = sorted((after - before) * 1000 for before, after, _ in rows)
client = sorted(c * 1000 for _, _, c in rows)
def pct(values, p):
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]
print(f"requests: {sys.argv[2]}")
print(f"server time (http.server.requests): p50 {pct(server, 50):.1f} ms, p95 {pct(server, 95):.1f} ms, max {server[-1]:.1f} ms")
print(f"client time to first byte:          p50 {pct(client, 50):.1f} ms, p95 {pct(client, 95):.1f} ms, max {client[-1]:.1f} ms")
PY
