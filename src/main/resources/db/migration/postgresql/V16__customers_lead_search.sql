-- Leads in the global search, as companies and contacts are (V15). The name expression must stay
-- exactly as LeadSearchSource writes it.
create index leads_search_name_idx on leads
    using gin ((sort_name || ' ' || lower(coalesce(company_name, ''))) gin_trgm_ops);
create index leads_search_email_idx on leads using gin (email gin_trgm_ops);
create index leads_search_phone_idx on leads using gin (phone gin_trgm_ops);
