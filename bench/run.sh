#!/usr/bin/env bash
# The benchmark of issue 7 in one command: makes a fresh database, fills it with the data generator
# (java -jar target/clientele.jar --generate=SPEC) and reports its wall time, starts the packaged
# application on it with a fixed heap, and runs bench/Bench.java: lists, search, contact detail,
# deal board, API create, CSV import and invoice PDF under N concurrent clients on loopback, the
# same queries as raw SQL through JDBC, and the application's resident memory. Prints a Markdown
# table for docs/benchmarks.md and the machine line.
#
# Usage: bench/run.sh [options] [SPEC]
#   SPEC            the generator's spec: full (default), small (= scale=0.01,users=50,teams=8), scale=0.1, ...
#   --reuse         skip the generation and use the database as it is
#   --mariadb       MariaDB (127.0.0.1:3306, root) instead of PostgreSQL (127.0.0.1:5432, postgres)
#   --db NAME       the database (default clientele_bench); it is dropped and made again unless --reuse
#   --heap SIZE     the application's -Xmx (default 768m)
#   --clients N     concurrent clients (default 4)
#   --seconds S     measured seconds per scenario (default 20), after --warmup S (default 5)
#   --app-warmup S  at most S seconds of unmeasured requests of every chosen scenario before the first, until the
#                   application's JIT compiler is idle, as on a server that has run a while (default 480)
#   --max-requests N  at most that many measured requests per scenario (default 20000)
#   --import-rows N rows of the CSV import (default 100000)
#   --only LIST     some of: list,search,detail,board,create,pdf,import (default: all)
#   --drop          drop the database at the end (by default it stays, for --reuse)
#   --deep-pages N  how far the deep-page scenario follows the cursors (default 200)
#   --sales-user EMAIL, --admin-user EMAIL, --password P  who signs in (default: the first salesperson
#                   heading no team, user01, and the generator's password)
# Progress goes to standard error, the table to standard output: bench/run.sh > table.md
# Builds target/clientele.jar first if it is missing. BENCH_JAVA_OPTS adds JVM options to the application.
set -euo pipefail
cd "$(dirname "$0")/.."

spec=full reuse=false vendor=postgresql db=clientele_bench heap=768m drop=false
bench_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --reuse) reuse=true ;;
        --mariadb) vendor=mariadb ;;
        --db) db=$2; shift ;;
        --heap) heap=$2; shift ;;
        --drop) drop=true ;;
        --clients|--seconds|--warmup|--app-warmup|--max-requests|--import-rows|--only|--deep-pages|--sales-user|--admin-user|--password)
            bench_args+=("$1" "$2"); shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) spec=$1 ;;
    esac
    shift
done
# small keeps the 50 users in 8 teams of the full set, so that a sales user sees what they would see at full size
[ "$spec" = small ] && spec=scale=0.01,users=50,teams=8
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "not a database name: $db" >&2; exit 2; }

jar=target/clientele.jar
[ -f "$jar" ] || ./mvnw -q package -DskipTests

load_before=$(cut -d" " -f1-3 /proc/loadavg)
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
    if [ "$drop" = true ]; then drop_db; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ "$vendor" = postgresql ]; then
    url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres"
    drop_db() { psql -qX -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)" > /dev/null; }
    create_db() { psql -qX -h 127.0.0.1 -U postgres -d postgres -c "create database $db" > /dev/null; }
    db_version() { psql -AtX -h 127.0.0.1 -U postgres -d postgres -c 'show server_version' | sed 's/^/PostgreSQL /; s/ (.*//'; }
    db_memory() { echo "shared_buffers $(psql -AtX -h 127.0.0.1 -U postgres -d postgres -c 'show shared_buffers')"; }
else
    url="jdbc:mariadb://127.0.0.1:3306/$db?user=root"
    drop_db() { mysql -h 127.0.0.1 -u root -e "drop database if exists $db"; }
    create_db() { mysql -h 127.0.0.1 -u root -e "create database $db character set utf8mb4 collate utf8mb4_unicode_ci"; }
    db_version() { mysql -h 127.0.0.1 -u root -N -e 'select version()' | sed 's/^/MariaDB /; s/-.*//'; }
    db_memory() { echo "innodb_buffer_pool_size $(mysql -h 127.0.0.1 -u root -N -e 'select concat(@@innodb_buffer_pool_size div 1048576, "MB")')"; }
fi

# The JDBC drivers for the raw queries come from the application's own jar: nothing to install.
unzip -q -o -j "$jar" 'BOOT-INF/lib/postgresql-*.jar' 'BOOT-INF/lib/mariadb-java-client-*.jar' -d "$work/lib"

generation="none, the database was reused"
if [ "$reuse" = true ]; then
    spec="as found"
    # An earlier run's import and its undo leave a hundred thousand dead rows in contacts and its
    # indexes, which the search then walks. A server with autovacuum on clears them on its own;
    # a server without it would measure the runs before instead.
    if [ "$vendor" = postgresql ]; then
        echo "vacuuming $db..." >&2
        psql -qX -h 127.0.0.1 -U postgres -d "$db" -c 'vacuum (analyze)' > /dev/null
    fi
else
    drop_db
    create_db
    echo "generating $spec into $db ($vendor)..." >&2
    started=$(date +%s.%N)
    if ! CLIENTELE_DB_URL=$url java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" --generate="$spec" --server.port=0 \
            --clientele.data-dir="$work/data" --spring.main.banner-mode=off > "$work/generate.log" 2>&1; then
        tail -40 "$work/generate.log" >&2
        echo "the generator failed" >&2
        exit 1
    fi
    finished=$(date +%s.%N)
    generation=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.0f s", b - a }')
    grep -E 'DataGenerator' "$work/generate.log" | sed 's/^.*DataGenerator *: //' >&2 || true
    echo "generation ($spec, $vendor): $generation wall time" >&2
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1)
CLIENTELE_DB_URL=$url java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" --server.port="$port" \
    --clientele.data-dir="$work/data" --spring.main.banner-mode=off > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1800); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$pid" 2>/dev/null || { tail -60 "$work/app.log" >&2; echo "the application stopped" >&2; exit 1; }
    sleep 0.2
done
echo "application up on port $port (pid $pid, -Xmx$heap), resident $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' /proc/$pid/status)" >&2

java -cp "$work/lib/*" bench/Bench.java --base "http://127.0.0.1:$port" --jdbc "$url" --pid "$pid" --work "$work" ${bench_args[@]+"${bench_args[@]}"} \
    > "$work/table.md"

counts=$(if [ "$vendor" = postgresql ]; then
    psql -AtX -h 127.0.0.1 -U postgres -d "$db" -c "select string_agg(relname || ' ' || to_char(n_live_tup, 'FM999,999,999'), ', ' order by relname)
        from pg_stat_user_tables where relname in ('companies', 'contacts', 'leads', 'deals', 'timeline_entries', 'billing_quotes', 'billing_invoices')"
else
    mysql -h 127.0.0.1 -u root -N -e "select group_concat(concat(table_name, ' ~', format(table_rows, 0)) order by table_name separator ', ')
        from information_schema.tables where table_schema = '$db' and table_name in ('companies', 'contacts', 'leads', 'deals', 'timeline_entries', 'billing_quotes', 'billing_invoices')"
fi)

echo
echo "**Data:** $spec on $(db_version) with $(db_memory) (database $db: $counts); generation: $generation; $jar of $(date -u -r "$jar" '+%Y-%m-%d %H:%M UTC'), working copy at $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
echo
cat "$work/table.md"
echo
echo "**Machine:** $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/Mem:/ { print $2 }') GiB," \
    "$(java -version 2>&1 | head -1 | sed 's/"//g'), application -Xmx$heap; $(date -u '+%Y-%m-%d %H:%M UTC'); load average at the start" \
    "$load_before, at the end $(cut -d' ' -f1-3 /proc/loadavg)."
