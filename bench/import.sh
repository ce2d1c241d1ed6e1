#!/usr/bin/env bash
# Times a contact import through the API: generates a CSV of N rows (names, e-mail address,
# phone number, city, country), starts the packaged application on a new embedded PostgreSQL
# (or on CLIENTELE_DB_URL), uploads the file to POST /api/v1/imports and polls
# GET /api/v1/imports/{id} until it is done. Prints the upload time (the file read into the
# database), the import time and rows per second, and the application's peak memory.
# Usage: ./mvnw -q package -DskipTests && bench/import.sh [rows] [heap, such as 512m]
# BENCH_JAVA_OPTS adds JVM options, such as a flight recording of the import.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/clientele.jar
rows=${1:-100000}
heap=${2:-512m}
[ -f "$jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
email=bench@clientele.test
password=Bench-Password-$RANDOM$RANDOM

awk -v n="$rows" 'BEGIN {
    print "First Name,Last Name,E-mail Address,Business Phone,Company,City,Country";
    for (i = 0; i < n; i++) {
        printf "Person%d,Bench%d,p%d@bench.example,+49 30 %07d,,Berlin,DE\n", i, i % 1000, i, 1000000 + i % 9000000;
    }
}' > "$work/contacts.csv"
echo "file: $rows rows, $(du -h "$work/contacts.csv" | cut -f1)"

CLIENTELE_BOOTSTRAP_ADMIN_EMAIL=$email CLIENTELE_BOOTSTRAP_ADMIN_PASSWORD=$password \
    java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" --server.port="$port" --clientele.data-dir="$work/data" \
    --spring.main.banner-mode=off > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1800); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
done
base="http://127.0.0.1:$port/api/v1"
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/auth/token" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("access_token") or d.get("accessToken"))')

started=$(date +%s.%N)
id=$(curl -fs -H "Authorization: Bearer $token" -F "file=@$work/contacts.csv" "$base/imports" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
uploaded=$(date +%s.%N)
while true; do
    state=$(curl -fs -H "Authorization: Bearer $token" "$base/imports/$id")
    status=$(echo "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$status" = done ] || [ "$status" = failed ] && break
    sleep 0.5
done
finished=$(date +%s.%N)
peak=$(grep VmHWM /proc/$pid/status | awk '{print $2 / 1024 " MiB"}')
echo "$state" | python3 -c 'import json,sys; s=json.load(sys.stdin); print("status:", s["status"], "created:", s["created"], "errors:", s["errors"])'
python3 - "$rows" "$started" "$uploaded" "$finished" <<'PY'
import sys
rows, started, uploaded, finished = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"upload (file read into the database): {uploaded - started:.1f} s")
print(f"import (background job): {finished - uploaded:.1f} s, {rows / (finished - uploaded):,.0f} rows/s")
print(f"total: {finished - started:.1f} s, {rows / (finished - started):,.0f} rows/s")
PY
echo "peak resident memory of the application: $peak (heap limit $heap)"
