-- The global search looks for names holding a word (`like '%anderson%'`) and for e-mail
-- addresses starting with a text. With the default statistics (a histogram of 100 values)
-- PostgreSQL estimates such a condition to match a hundredth of a percent of the rows, whatever
-- the word: it then reads every name holding a common word and filters out the records the user
-- may not see one by one, instead of intersecting the trigram index with the indexes of record
-- visibility (owner, team, co-owned ids). A histogram ten times as fine lets it see that a common
-- word is held by thousands of names (decision 23).
alter table contacts alter column sort_name set statistics 1000;
alter table contacts alter column email set statistics 1000;
alter table companies alter column email set statistics 1000;
alter table leads alter column email set statistics 1000;
alter index companies_search_name_idx alter column 1 set statistics 1000;
alter index leads_search_name_idx alter column 1 set statistics 1000;

-- Read the finer histograms now rather than when autovacuum next analyzes these tables, which,
-- on a large table that changes slowly, may be weeks away.
analyze contacts (sort_name, email);
analyze companies;
analyze leads;
