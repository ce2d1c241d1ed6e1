-- Tags (module customers, feature C4): one vocabulary for everyone, each tag with a name (unique
-- ignoring case through name_key, its lower-case form) and a colour from a fixed palette. A tag
-- is put on companies, contacts and leads through tag_links (subject type and id, no foreign key
-- to the three tables). Both are audited; deleting a tag removes its links first, row by row,
-- so that the audit trail keeps what was untagged.

create table tags (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(50) not null,
    name_key   varchar(50) not null,
    colour     varchar(20) not null,
    created_at datetime(6) not null,
    unique index tags_name_idx (name_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table tags_aud (
    id      bigint not null,
    rev     bigint not null,
    revtype smallint,
    name    varchar(50),
    colour  varchar(20),
    primary key (id, rev),
    constraint tags_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table tag_links (
    id           bigint not null auto_increment primary key,
    tag_id       bigint not null,
    subject_type varchar(20) not null,
    subject_id   bigint not null,
    created_at   datetime(6) not null,
    unique index tag_links_subject_idx (subject_type, subject_id, tag_id),
    index tag_links_tag_idx (tag_id, subject_type, subject_id),
    constraint tag_links_tag_fk foreign key (tag_id) references tags (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table tag_links_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      smallint,
    tag_id       bigint,
    subject_type varchar(20),
    subject_id   bigint,
    primary key (id, rev),
    constraint tag_links_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
