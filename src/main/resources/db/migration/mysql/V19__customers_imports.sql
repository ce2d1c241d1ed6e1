-- Imports of customer records (module customers, decision 9). An upload is parsed once into
-- customer_import_rows (one row per line of the file, its cells joined by U+001F), so that any
-- node can run or resume the import job; each chunk's transaction moves the checkpoint
-- (lines_done), writes what it created or updated to customer_import_items and the rows it
-- refused to customer_import_errors, and deletes the staged rows it has done.
create table customer_imports (
    id          bigint auto_increment primary key,
    target      varchar(20) not null,
    file_name   varchar(255) not null,
    file_type   varchar(10) not null,
    headers     mediumtext not null,
    mapping     mediumtext,
    on_match    varchar(10) not null,
    status      varchar(20) not null,
    user_id     bigint not null references users (id),
    locale      varchar(35) not null,
    total_rows  integer not null default 0,
    lines_done  integer not null default 0,
    rows_done   integer not null default 0,
    created     integer not null default 0,
    updated     integer not null default 0,
    skipped     integer not null default 0,
    errors      integer not null default 0,
    undone      integer not null default 0,
    kept        integer not null default 0,
    failure     varchar(1000),
    created_at  datetime(6) not null,
    started_at  datetime(6),
    finished_at datetime(6)
);
create index customer_imports_user_idx on customer_imports (user_id, created_at);
create index customer_imports_created_at_idx on customer_imports (created_at);

create table customer_import_rows (
    import_id bigint not null references customer_imports (id) on delete cascade,
    line      integer not null,
    cells     mediumtext not null,
    primary key (import_id, line)
);

create table customer_import_items (
    import_id   bigint not null references customer_imports (id) on delete cascade,
    line        integer not null,
    record_type varchar(20) not null,
    record_id   bigint not null,
    action      varchar(10) not null,
    primary key (import_id, record_type, line)
);
create index customer_import_items_record_idx on customer_import_items (record_type, record_id);

create table customer_import_errors (
    import_id   bigint not null references customer_imports (id) on delete cascade,
    line        integer not null,
    column_name varchar(255),
    reason      varchar(1000) not null,
    cells       mediumtext not null
);
create index customer_import_errors_import_idx on customer_import_errors (import_id, line);
