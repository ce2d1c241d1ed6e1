-- Lists on MySQL and MariaDB read a page of someone who does not see everything as a union of one
-- page per part of their visibility: their own records by (owner_id, key, id), each team's by
-- (team_id, key, id), the co-owned ones through the co-owner table (decision 25). The indexes by
-- name exist for companies, contacts and leads; these add the order by creation and, for deals,
-- by name and creation (deals by amount or expected close are sorted per part).
create index companies_owner_created_idx on companies (owner_id, created_at, id);
create index companies_team_created_idx on companies (team_id, created_at, id);
create index contacts_owner_created_idx on contacts (owner_id, created_at, id);
create index contacts_team_created_idx on contacts (team_id, created_at, id);
create index leads_owner_created_idx on leads (owner_id, created_at, id);
create index leads_team_created_idx on leads (team_id, created_at, id);
create index deals_owner_name_idx on deals (owner_id, name, id);
create index deals_team_name_idx on deals (team_id, name, id);
create index deals_owner_created_idx on deals (owner_id, created_at, id);
create index deals_team_created_idx on deals (team_id, created_at, id);

-- The search finds digits anywhere in the main phone number (E.164). Without a trigram index that
-- is a scan of the table, so every suffix of the number's digits of three digits or more is kept
-- here, written with the record by the module (as customer_search_trigrams): digits inside the
-- number are the start of one of its suffixes, which the primary key finds by range.
create table customer_phone_suffixes (
    record_type varchar(20) not null,
    suffix      varchar(32) character set ascii collate ascii_bin not null,
    record_id   bigint not null,
    primary key (record_type, suffix, record_id),
    index customer_phone_suffixes_record_idx (record_type, record_id)
);

insert into customer_phone_suffixes (record_type, suffix, record_id)
with recursive positions (n) as (select 1 union all select n + 1 from positions where n < 32)
select numbers.record_type, substr(numbers.digits, positions.n), numbers.id
from (select 'company' as record_type, id, regexp_replace(phone, '[^0-9]', '') as digits from companies where phone is not null
      union all
      select 'contact', id, regexp_replace(phone, '[^0-9]', '') from contacts where phone is not null
      union all
      select 'lead', id, regexp_replace(phone, '[^0-9]', '') from leads where phone is not null) numbers
join positions on positions.n <= char_length(numbers.digits) - 2;
