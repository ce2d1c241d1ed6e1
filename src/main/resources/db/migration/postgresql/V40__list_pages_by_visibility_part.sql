-- Lists on PostgreSQL now read the page of someone who does not see everything as MySQL and MariaDB
-- do since V38 (decision 25, addendum): a union of one page per part of their visibility, their own
-- records by (owner_id, key, id), each team's by (team_id, key, id), the co-owned ones through the
-- co-owner table. With the whole condition PostgreSQL walked the key's index and tested each row
-- (the first page by name of a salesperson who sees one contact in fifty read 2,500 rows), or read
-- all of their rows and sorted them (newest first: 14,794 rows). The indexes by name exist for
-- companies, contacts and leads (V8, V9, V13); these add the order by creation and, for deals, by
-- name and creation (deals by amount or expected close are sorted per part).
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
