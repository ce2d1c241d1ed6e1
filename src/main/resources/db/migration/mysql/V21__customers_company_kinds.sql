-- Companies get a type, the industries they work in and the lead source they came from
-- (module customers), all chosen from the reference data of V14. Reference entries are never
-- deleted, only deactivated, so the foreign keys hold.
alter table companies
    add column type_id bigint,
    add column source_id bigint,
    add constraint companies_type_fk foreign key (type_id) references company_types (id),
    add constraint companies_source_fk foreign key (source_id) references lead_sources (id),
    add index companies_type_idx (type_id, sort_name, id);

create table company_industries (
    company_id  bigint not null,
    industry_id bigint not null,
    primary key (company_id, industry_id),
    index company_industries_industry_idx (industry_id, company_id),
    constraint company_industries_company_fk foreign key (company_id) references companies (id) on delete cascade,
    constraint company_industries_industry_fk foreign key (industry_id) references industries (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table companies_aud
    add column type_id bigint,
    add column source_id bigint;

create table company_industries_aud (
    rev         bigint not null,
    revtype     smallint,
    company_id  bigint not null,
    industry_id bigint not null,
    primary key (rev, company_id, industry_id),
    constraint company_industries_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
