-- Which columns each user hides on the company, contact and lead lists (module customers), so
-- that the choice follows them to every device. One row per user and list; the hidden columns
-- are kept (comma-separated codes), so that a column added later shows until someone hides it.
-- A display preference, not business data: plain rows without an audit trail.

create table list_column_choices (
    user_id        bigint not null,
    list_name      varchar(20) not null,
    hidden_columns varchar(500) not null,
    updated_at     datetime(6) not null,
    primary key (user_id, list_name),
    constraint list_column_choices_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
