-- Segments (module customers, feature C4): named groups of contacts for everyone to use. A STATIC
-- segment lists its members in segment_members; a DYNAMIC one keeps a filter of the contact list
-- (search text, owner, team, country, company, tag) and its members are the contacts that match
-- it now. Either way a user sees only the members they may see. Both tables are audited.

create table segments (
    id                bigint not null auto_increment primary key,
    version           bigint not null default 0,
    name              varchar(100) not null,
    name_key          varchar(100) not null,
    kind              varchar(10) not null,
    filter_q          varchar(200),
    filter_owner_id   bigint,
    filter_team_id    bigint,
    filter_country    varchar(2),
    filter_company_id bigint,
    filter_tag_id     bigint,
    created_by        bigint not null,
    created_at        datetime(6) not null,
    unique index segments_name_idx (name_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table segments_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           smallint,
    name              varchar(100),
    kind              varchar(10),
    filter_q          varchar(200),
    filter_owner_id   bigint,
    filter_team_id    bigint,
    filter_country    varchar(2),
    filter_company_id bigint,
    filter_tag_id     bigint,
    primary key (id, rev),
    constraint segments_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table segment_members (
    id         bigint not null auto_increment primary key,
    segment_id bigint not null,
    contact_id bigint not null,
    created_at datetime(6) not null,
    unique index segment_members_segment_idx (segment_id, contact_id),
    index segment_members_contact_idx (contact_id, segment_id),
    constraint segment_members_segment_fk foreign key (segment_id) references segments (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table segment_members_aud (
    id         bigint not null,
    rev        bigint not null,
    revtype    smallint,
    segment_id bigint,
    contact_id bigint,
    primary key (id, rev),
    constraint segment_members_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
