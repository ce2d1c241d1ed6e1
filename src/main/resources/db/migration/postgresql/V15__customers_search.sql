-- Global search over companies and contacts (module customers), typo-tolerant through pg_trgm.
-- pg_trgm is a trusted extension: a user with the CREATE privilege on the database may create it;
-- where that is not granted, an administrator creates it once beforehand (docs/configuration.md).
create extension if not exists pg_trgm;

-- Names by word similarity (the query's "?" <% expression, ranked by word_similarity), main e-mail
-- addresses by their start (like 'text%') and main phone numbers by their digits (like '%digits%').
-- The name expressions must stay exactly as CompanySearchSource and ContactSearchSource write them.
create index companies_search_name_idx on companies
    using gin ((sort_name || ' ' || lower(coalesce(alternative_names, ''))) gin_trgm_ops);
create index companies_search_email_idx on companies using gin (email gin_trgm_ops);
create index companies_search_phone_idx on companies using gin (phone gin_trgm_ops);

create index contacts_search_name_idx on contacts using gin (sort_name gin_trgm_ops);
create index contacts_search_email_idx on contacts using gin (email gin_trgm_ops);
create index contacts_search_phone_idx on contacts using gin (phone gin_trgm_ops);
