-- Companies (module customers). The main e-mail address and phone number (E.164) sit in the row,
-- indexed for searches and duplicate checks; further ones in company_emails and company_phones.
-- team_id has no foreign key: a deleted team leaves its records' team id in place until they move.
-- sort_name is the name in lower case, so that sorting and keyset pages agree on every vendor.
create table companies (
    id                  bigint not null auto_increment primary key,
    version             bigint not null default 0,
    name                varchar(200) not null,
    sort_name           varchar(200) not null,
    alternative_names   varchar(500),
    website             varchar(500),
    email               varchar(320),
    phone               varchar(20),
    street              varchar(200),
    postal_code         varchar(20),
    city                varchar(120),
    region              varchar(120),
    country             varchar(2),
    registration_number varchar(100),
    description         varchar(4000),
    owner_id            bigint not null,
    team_id             bigint,
    created_at          datetime(6) not null,
    updated_at          datetime(6) not null,
    created_by          bigint,
    constraint companies_owner_fk foreign key (owner_id) references users (id),
    index companies_sort_name_idx (sort_name, id),
    index companies_created_at_idx (created_at, id),
    index companies_owner_idx (owner_id, sort_name, id),
    index companies_team_idx (team_id, sort_name, id),
    index companies_country_idx (country, sort_name, id),
    index companies_email_idx (email),
    index companies_phone_idx (phone)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_emails (
    company_id bigint not null,
    position   int not null,
    email      varchar(320) not null,
    primary key (company_id, position),
    index company_emails_email_idx (email),
    constraint company_emails_company_fk foreign key (company_id) references companies (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_phones (
    company_id bigint not null,
    position   int not null,
    phone      varchar(20) not null,
    primary key (company_id, position),
    index company_phones_phone_idx (phone),
    constraint company_phones_company_fk foreign key (company_id) references companies (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_co_owners (
    company_id bigint not null,
    user_id    bigint not null,
    primary key (company_id, user_id),
    index company_co_owners_user_idx (user_id, company_id),
    constraint company_co_owners_company_fk foreign key (company_id) references companies (id) on delete cascade,
    constraint company_co_owners_user_fk foreign key (user_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table companies_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    name                varchar(200),
    alternative_names   varchar(500),
    website             varchar(500),
    email               varchar(320),
    phone               varchar(20),
    street              varchar(200),
    postal_code         varchar(20),
    city                varchar(120),
    region              varchar(120),
    country             varchar(2),
    registration_number varchar(100),
    description         varchar(4000),
    owner_id            bigint,
    team_id             bigint,
    primary key (id, rev),
    constraint companies_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_emails_aud (
    rev        bigint not null,
    revtype    smallint,
    company_id bigint not null,
    position   int not null,
    email      varchar(320) not null,
    primary key (rev, company_id, position, email),
    constraint company_emails_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_phones_aud (
    rev        bigint not null,
    revtype    smallint,
    company_id bigint not null,
    position   int not null,
    phone      varchar(20) not null,
    primary key (rev, company_id, position, phone),
    constraint company_phones_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table company_co_owners_aud (
    rev        bigint not null,
    revtype    smallint,
    company_id bigint not null,
    user_id    bigint not null,
    primary key (rev, company_id, user_id),
    constraint company_co_owners_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
