#!/usr/bin/env bash
# Measures how long the packaged application takes to serve requests with the embedded
# PostgreSQL: the very first start (unpacking PostgreSQL and initialising its data folder), and a
# later start on the same data. Usage: ./mvnw -q package -DskipTests && bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/clientele.jar
runs=${1:-3}
[ -f "$jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Prints the seconds from launch until /actuator/health answers UP, then stops the application.
time_start() {
    local data=$1 tmp=$2 port
    port=$(free_port)
    local started=$(date +%s.%N)
    java -Djava.io.tmpdir="$tmp" -jar "$jar" --server.port="$port" --clientele.data-dir="$data" \
        --spring.main.banner-mode=off > "$data.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 1200); do
        if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
            break
        fi
        kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $data.log" >&2; exit 1; }
        sleep 0.1
    done
    local ready=$(date +%s.%N)
    kill -TERM "$pid"
    wait "$pid" || true
    echo "$ready - $started" | bc
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '| run | first start (unpack + initdb + migrate) s | later start s |\n|---|---|---|\n'
for run in $(seq 1 "$runs"); do
    mkdir -p "$work/tmp$run"
    first=$(time_start "$work/data$run" "$work/tmp$run")
    later=$(time_start "$work/data$run" "$work/tmp$run")
    printf '| %s | %.1f | %.1f |\n' "$run" "$first" "$later"
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
