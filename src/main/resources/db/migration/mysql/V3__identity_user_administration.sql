alter table users add column password_change_required boolean not null default false;
alter table users add column failed_logins int not null default 0;
alter table users add column locked_until datetime(6) null;
alter table users add column last_login_at datetime(6) null;

create index users_full_name_idx on users (full_name, id);
create index users_created_at_idx on users (created_at, id);

-- Sign-ins, failures, lockouts, password changes and other events that matter for security.
create table security_events (
    id          bigint not null auto_increment primary key,
    occurred_at datetime(6) not null,
    event_type  varchar(40) not null,
    user_id     bigint,
    email       varchar(320),
    client_ip   varchar(45),
    request_id  varchar(64),
    detail      varchar(500),
    index security_events_occurred_at_idx (occurred_at, id),
    index security_events_user_idx (user_id, occurred_at),
    index security_events_client_ip_idx (client_ip, occurred_at),
    index security_events_type_idx (event_type, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
