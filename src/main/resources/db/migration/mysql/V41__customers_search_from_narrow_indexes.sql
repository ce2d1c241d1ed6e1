-- The global search (decision 26, addendum) checks and ranks its candidates from narrow indexes and
-- reads only the few rows it returns in full. Before, every record holding a close word (about 4,800
-- contacts for a common name at a million contacts) and every record whose e-mail address starts
-- with the text (thousands for "g.chri") was read by primary key for its owner, team and sort name:
-- random reads of a table ten times the default InnoDB buffer pool.
-- - (id, owner_id, team_id, sort_name): the visibility and the order of a record found by a word,
--   a fifth of the table's size, so that it stays in memory;
-- - the e-mail index also holds owner, team and sort name, so that the addresses starting with the
--   text are checked and ranked from its range alone.
-- The database keeps both with every write; nothing else is written by the application.
alter table contacts
    add index contacts_search_idx (id, owner_id, team_id, sort_name),
    drop index contacts_email_idx,
    add index contacts_email_idx (email, owner_id, team_id, sort_name);

alter table companies
    add index companies_search_idx (id, owner_id, team_id, sort_name),
    drop index companies_email_idx,
    add index companies_email_idx (email, owner_id, team_id, sort_name);

alter table leads
    add index leads_search_idx (id, owner_id, team_id, sort_name),
    drop index leads_email_idx,
    add index leads_email_idx (email, owner_id, team_id, sort_name);
