-- Contacts (module customers): people, optionally working at a company. As with companies, the
-- main e-mail address and phone number sit in the row and further ones in their own tables.
-- sort_name is "last first" in lower case: the list's order and what name searches match.
-- A contact's earlier companies stay in contacts_aud (company_id per revision).
create table contacts (
    id          bigint not null auto_increment primary key,
    version     bigint not null default 0,
    first_name  varchar(100),
    last_name   varchar(100),
    sort_name   varchar(201) not null,
    title       varchar(150),
    company_id  bigint,
    email       varchar(320),
    phone       varchar(20),
    birthday    date,
    street      varchar(200),
    postal_code varchar(20),
    city        varchar(120),
    region      varchar(120),
    country     varchar(2),
    owner_id    bigint not null,
    team_id     bigint,
    created_at  datetime(6) not null,
    updated_at  datetime(6) not null,
    created_by  bigint,
    constraint contacts_company_fk foreign key (company_id) references companies (id),
    constraint contacts_owner_fk foreign key (owner_id) references users (id),
    index contacts_sort_name_idx (sort_name, id),
    index contacts_created_at_idx (created_at, id),
    index contacts_owner_idx (owner_id, sort_name, id),
    index contacts_team_idx (team_id, sort_name, id),
    index contacts_country_idx (country, sort_name, id),
    index contacts_company_idx (company_id, sort_name, id),
    index contacts_email_idx (email),
    index contacts_phone_idx (phone)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_emails (
    contact_id bigint not null,
    position   int not null,
    email      varchar(320) not null,
    primary key (contact_id, position),
    index contact_emails_email_idx (email),
    constraint contact_emails_contact_fk foreign key (contact_id) references contacts (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_phones (
    contact_id bigint not null,
    position   int not null,
    phone      varchar(20) not null,
    primary key (contact_id, position),
    index contact_phones_phone_idx (phone),
    constraint contact_phones_contact_fk foreign key (contact_id) references contacts (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_co_owners (
    contact_id bigint not null,
    user_id    bigint not null,
    primary key (contact_id, user_id),
    index contact_co_owners_user_idx (user_id, contact_id),
    constraint contact_co_owners_contact_fk foreign key (contact_id) references contacts (id) on delete cascade,
    constraint contact_co_owners_user_fk foreign key (user_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contacts_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     smallint,
    first_name  varchar(100),
    last_name   varchar(100),
    title       varchar(150),
    company_id  bigint,
    email       varchar(320),
    phone       varchar(20),
    birthday    date,
    street      varchar(200),
    postal_code varchar(20),
    city        varchar(120),
    region      varchar(120),
    country     varchar(2),
    owner_id    bigint,
    team_id     bigint,
    primary key (id, rev),
    constraint contacts_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_emails_aud (
    rev        bigint not null,
    revtype    smallint,
    contact_id bigint not null,
    position   int not null,
    email      varchar(320) not null,
    primary key (rev, contact_id, position, email),
    constraint contact_emails_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_phones_aud (
    rev        bigint not null,
    revtype    smallint,
    contact_id bigint not null,
    position   int not null,
    phone      varchar(20) not null,
    primary key (rev, contact_id, position, phone),
    constraint contact_phones_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_co_owners_aud (
    rev        bigint not null,
    revtype    smallint,
    contact_id bigint not null,
    user_id    bigint not null,
    primary key (rev, contact_id, user_id),
    constraint contact_co_owners_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
