-- Timeline of customer records (module customers): notes, logged calls and meetings, and what
-- other modules record (e-mails, stage changes, quotes, invoices, payments). An entry belongs to
-- one subject, named by type and id (a company now; contacts and leads later), so there is no
-- foreign key to the subject's table; deleting a subject deletes its entries in the service.
-- kind is an open code checked against the kinds the application registers.
-- source_module and source_reference name what another module recorded; unique together, so that
-- recording the same thing twice keeps one entry (both null for entries people write).
create table timeline_entries (
    id               bigint not null auto_increment primary key,
    version          bigint not null default 0,
    subject_type     varchar(40) not null,
    subject_id       bigint not null,
    kind             varchar(40) not null,
    occurred_at      datetime(6) not null,
    author_id        bigint,
    sender           varchar(500),
    recipients       varchar(2000),
    channel          varchar(40),
    status           varchar(40),
    direction        varchar(10),
    title            varchar(300),
    body             mediumtext,
    duration_minutes int,
    location         varchar(300),
    source_module    varchar(40),
    source_reference varchar(200),
    created_at       datetime(6) not null,
    updated_at       datetime(6) not null,
    constraint timeline_entries_author_fk foreign key (author_id) references users (id),
    constraint timeline_entries_source_uq unique (source_module, source_reference),
    -- The timeline reads newest first by keyset on (occurred_at, id) within one subject; the
    -- second index serves the kind filter.
    index timeline_entries_subject_idx (subject_type, subject_id, occurred_at, id),
    index timeline_entries_subject_kind_idx (subject_type, subject_id, kind, occurred_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table timeline_entries_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    subject_type     varchar(40),
    subject_id       bigint,
    kind             varchar(40),
    occurred_at      datetime(6),
    author_id        bigint,
    sender           varchar(500),
    recipients       varchar(2000),
    channel          varchar(40),
    status           varchar(40),
    direction        varchar(10),
    title            varchar(300),
    body             mediumtext,
    duration_minutes int,
    location         varchar(300),
    source_module    varchar(40),
    source_reference varchar(200),
    primary key (id, rev),
    constraint timeline_entries_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
