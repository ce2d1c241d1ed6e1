-- Reference data per team (module customers): industries, company types and lead sources. Each
-- entry has a name, a position in its list and an active flag; team_id null means it is offered to
-- everyone, otherwise to the members of that team. Names are unique per team ignoring case:
-- name_key is the name in lower case and team_key the team id or 0, so that one plain unique
-- index enforces it on every vendor. Deactivated entries stay on the records that use them.
-- A handful of common entries for everyone ship with the migration.

create table industries (
    id         bigint not null auto_increment primary key,
    name       varchar(100) not null,
    name_key   varchar(100) not null,
    team_id    bigint,
    team_key   bigint not null default 0,
    position   int not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    unique index industries_name_idx (team_key, name_key),
    index industries_position_idx (position, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into industries (name, name_key, position, created_at, updated_at) values
    ('Agriculture', 'agriculture', 10, utc_timestamp(6), utc_timestamp(6)),
    ('Construction', 'construction', 20, utc_timestamp(6), utc_timestamp(6)),
    ('Consulting', 'consulting', 30, utc_timestamp(6), utc_timestamp(6)),
    ('Education', 'education', 40, utc_timestamp(6), utc_timestamp(6)),
    ('Energy', 'energy', 50, utc_timestamp(6), utc_timestamp(6)),
    ('Finance and insurance', 'finance and insurance', 60, utc_timestamp(6), utc_timestamp(6)),
    ('Food and beverages', 'food and beverages', 70, utc_timestamp(6), utc_timestamp(6)),
    ('Health care', 'health care', 80, utc_timestamp(6), utc_timestamp(6)),
    ('Hospitality and tourism', 'hospitality and tourism', 90, utc_timestamp(6), utc_timestamp(6)),
    ('Information technology', 'information technology', 100, utc_timestamp(6), utc_timestamp(6)),
    ('Logistics', 'logistics', 110, utc_timestamp(6), utc_timestamp(6)),
    ('Manufacturing', 'manufacturing', 120, utc_timestamp(6), utc_timestamp(6)),
    ('Media', 'media', 130, utc_timestamp(6), utc_timestamp(6)),
    ('Public sector', 'public sector', 140, utc_timestamp(6), utc_timestamp(6)),
    ('Real estate', 'real estate', 150, utc_timestamp(6), utc_timestamp(6)),
    ('Retail', 'retail', 160, utc_timestamp(6), utc_timestamp(6)),
    ('Telecommunications', 'telecommunications', 170, utc_timestamp(6), utc_timestamp(6));

create table company_types (
    id         bigint not null auto_increment primary key,
    name       varchar(100) not null,
    name_key   varchar(100) not null,
    team_id    bigint,
    team_key   bigint not null default 0,
    position   int not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    unique index company_types_name_idx (team_key, name_key),
    index company_types_position_idx (position, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into company_types (name, name_key, position, created_at, updated_at) values
    ('Customer', 'customer', 10, utc_timestamp(6), utc_timestamp(6)),
    ('Prospect', 'prospect', 20, utc_timestamp(6), utc_timestamp(6)),
    ('Partner', 'partner', 30, utc_timestamp(6), utc_timestamp(6)),
    ('Reseller', 'reseller', 40, utc_timestamp(6), utc_timestamp(6)),
    ('Supplier', 'supplier', 50, utc_timestamp(6), utc_timestamp(6)),
    ('Competitor', 'competitor', 60, utc_timestamp(6), utc_timestamp(6));

create table lead_sources (
    id         bigint not null auto_increment primary key,
    name       varchar(100) not null,
    name_key   varchar(100) not null,
    team_id    bigint,
    team_key   bigint not null default 0,
    position   int not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    unique index lead_sources_name_idx (team_key, name_key),
    index lead_sources_position_idx (position, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into lead_sources (name, name_key, position, created_at, updated_at) values
    ('Website', 'website', 10, utc_timestamp(6), utc_timestamp(6)),
    ('Referral', 'referral', 20, utc_timestamp(6), utc_timestamp(6)),
    ('Trade fair', 'trade fair', 30, utc_timestamp(6), utc_timestamp(6)),
    ('Cold call', 'cold call', 40, utc_timestamp(6), utc_timestamp(6)),
    ('E-mail campaign', 'e-mail campaign', 50, utc_timestamp(6), utc_timestamp(6)),
    ('Social media', 'social media', 60, utc_timestamp(6), utc_timestamp(6)),
    ('Partner', 'partner', 70, utc_timestamp(6), utc_timestamp(6)),
    ('Advertising', 'advertising', 80, utc_timestamp(6), utc_timestamp(6));

alter table leads add constraint leads_source_fk foreign key (source_id) references lead_sources (id);
alter table leads add constraint leads_industry_fk foreign key (industry_id) references industries (id);
