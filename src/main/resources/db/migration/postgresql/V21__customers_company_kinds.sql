-- Companies get a type, the industries they work in and the lead source they came from
-- (module customers), all chosen from the reference data of V14. Reference entries are never
-- deleted, only deactivated, so the foreign keys hold.
alter table companies add column type_id bigint references company_types (id);
alter table companies add column source_id bigint references lead_sources (id);
create index companies_type_idx on companies (type_id, sort_name, id);

create table company_industries (
    company_id  bigint not null references companies (id) on delete cascade,
    industry_id bigint not null references industries (id),
    primary key (company_id, industry_id)
);
create index company_industries_industry_idx on company_industries (industry_id, company_id);

alter table companies_aud add column type_id bigint;
alter table companies_aud add column source_id bigint;

create table company_industries_aud (
    rev         bigint not null references audit_revisions (id),
    revtype     smallint,
    company_id  bigint not null,
    industry_id bigint not null,
    primary key (rev, company_id, industry_id)
);
