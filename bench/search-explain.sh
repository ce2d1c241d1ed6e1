#!/usr/bin/env bash
# Shows how PostgreSQL runs the global search's queries on many generated customers: applies the
# migrations to a throwaway database, fills it with N companies and N contacts, and prints
# EXPLAIN (ANALYZE, BUFFERS) of the queries RecordSearch sends (a sales user who sees only their
# own records, and an administrator who sees all). The database is dropped at the end.
# Usage: bench/search-explain.sh [rows] (default 200000), with psql on PATH and PGHOST/PGUSER set
# for a server where that user may create databases (e.g. PGHOST=127.0.0.1 PGUSER=postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-200000}
db=clientele_search_bench_$$
psql -qX -d postgres -c "create database $db" >/dev/null
trap 'psql -qX -d postgres -c "drop database if exists $db" >/dev/null' EXIT
run() { psql -qX -v ON_ERROR_STOP=1 -d "$db" "$@"; }

for migration in $(ls src/main/resources/db/migration/postgresql/V*.sql | sort -V); do
    run -f "$migration" >/dev/null
done

run >/dev/null <<SQL
insert into users (id, email, full_name, password_hash, locale, time_zone, active, created_at, updated_at)
    overriding system value values (1, 'owner@example.com', 'Owner', 'x', 'en', 'UTC', true, now(), now()), (2, 'other@example.com', 'Other', 'x', 'en', 'UTC', true, now(), now());
-- Names from syllables, so that trigrams repeat as in real names; every 50th record is user 2's.
create temporary table syllables as select unnest(array['ac','me','cor','po','ra','tion','jo','hn','smi','th','ber','lin',
    'ga','mma','del','ta','nor','th','wind','tra','ders','glo','bex','ini','tech','um','bre','lla','vor','tex']) as s;
create temporary table parts as select row_number() over () as n, s from syllables;
insert into companies (name, sort_name, alternative_names, email, phone, owner_id, created_at, updated_at)
select name, lower(name), null, 'info' || g || '@' || lower(replace(name, ' ', '')) || '.example', '+49' || (300000000 + g),
       case when g % 50 = 0 then 2 else 1 end, now(), now()
from (select g, initcap((select string_agg(s, '' order by n) from parts where n in (1 + g % 30, 1 + (g / 30) % 30, 1 + (g / 900) % 30)))
             || ' ' || initcap((select s from parts where n = 1 + (g / 7) % 30)) || 'co' as name
      from generate_series(1, $rows) g) named;
insert into contacts (first_name, last_name, sort_name, email, phone, owner_id, created_at, updated_at)
select first, last, lower(last || ' ' || first), lower(first || '.' || last || g) || '@example.org', '+44' || (200000000 + g),
       case when g % 50 = 0 then 2 else 1 end, now(), now()
from (select g, initcap((select s from parts where n = 1 + g % 30) || (select s from parts where n = 1 + (g / 30) % 30)) as first,
             initcap((select string_agg(s, '' order by n) from parts where n in (1 + (g / 7) % 30, 1 + (g / 210) % 30, 1 + (g / 11) % 30))) as last
      from generate_series(1, $rows) g) named;
analyze companies;
analyze contacts;
SQL

echo "rows: $(run -At -c 'select count(*) from companies') companies, $(run -At -c 'select count(*) from contacts') contacts"
echo "sample names: $(run -At -c "select string_agg(name, ', ') from (select name from companies order by id limit 5) s")"

explain() {
    local title=$1 sql=$2
    echo
    echo "== $title"
    run <<SQL
begin;
select set_config('pg_trgm.word_similarity_threshold', '0.3', true) \gset
explain (analyze, buffers, costs off, timing on) $sql;
rollback;
SQL
}

# A typo in a real name: the third and fourth letters swapped.
typo() { python3 -c 'import sys; w = sys.argv[1]; print(w[:2] + w[3] + w[2] + w[4:])' "$1"; }
company=$(run -At -c "select sort_name from companies where id = $((rows / 2))")
contact=$(run -At -c "select lower(first_name) from contacts where id = $((rows / 3))")
email=$(run -At -c "select left(email, 9) from contacts where id = $((rows / 4))")
company_q=$(typo "$company")
contact_q=$(typo "$contact")
echo "searches: company '$company_q' (for '$company'), contact '$contact_q' (for '$contact'), e-mail '$email'"
count() { run -At -c "set pg_trgm.word_similarity_threshold = 0.3" -c "select count(*) from $1 c where '$2' <% $3"; }
echo "matching rows without a limit: $(count companies "$company_q" "(c.sort_name || ' ' || lower(coalesce(c.alternative_names, '')))") companies, $(count contacts "$contact_q" c.sort_name) contacts"

company_name="(c.sort_name || ' ' || lower(coalesce(c.alternative_names, '')))"
sales="(c.owner_id = 2 or exists (select 1 from company_co_owners vco where vco.company_id = c.id and vco.user_id = 2))"
contact_sales="(c.owner_id = 2 or exists (select 1 from contact_co_owners vco where vco.contact_id = c.id and vco.user_id = 2))"
companies() {
    echo "select c.id, c.name, c.email, c.city from companies c where ('$1' <% $company_name or c.email like '$1%') and $2 order by case when c.email like '$1%' then 0 else 1 end, word_similarity('$1', $company_name) desc, c.sort_name, c.id limit 6"
}
contacts() {
    echo "select c.id, c.first_name, c.last_name, c.email, (select co.name from companies co where co.id = c.company_id) as company_name from contacts c where ('$1' <% c.sort_name or c.email like '$1%') and $2 order by case when c.email like '$1%' then 0 else 1 end, word_similarity('$1', c.sort_name) desc, c.sort_name, c.id limit 6"
}

explain "companies, a typo in a name, administrator (sees all)" "$(companies "$company_q" "(1 = 1)")"
explain "companies, a typo in a name, sales user who owns 1 in 50" "$(companies "$company_q" "$sales")"
explain "contacts, a typo in a first name, administrator" "$(contacts "$contact_q" "(1 = 1)")"
explain "contacts, a typo in a first name, sales user who owns 1 in 50" "$(contacts "$contact_q" "$contact_sales")"
explain "contacts, the start of an e-mail address, sales user" "$(contacts "$email" "$contact_sales")"
explain "companies, phone digits, administrator" \
    "select c.id, c.name, c.email, c.city from companies c where c.phone like '%300012345%' and (1 = 1) order by c.sort_name, c.id limit 6"
