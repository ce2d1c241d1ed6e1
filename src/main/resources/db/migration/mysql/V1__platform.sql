-- Audit revisions: one row per committed change set, with who made it, from where and in which request.
create table audit_revisions (
    id          bigint not null auto_increment primary key,
    recorded_at datetime(6) not null,
    user_id     bigint,
    user_email  varchar(320),
    client_ip   varchar(45),
    request_id  varchar(64),
    index audit_revisions_recorded_at_idx (recorded_at),
    index audit_revisions_user_idx (user_id, recorded_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Settings the application records for itself (setup done, demo data loaded, signing keys, ...).
create table system_settings (
    setting_key   varchar(100) not null primary key,
    setting_value text not null,
    updated_at    datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- db-scheduler: cluster-safe background jobs.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(250) not null,
    task_data            blob,
    execution_time       datetime(6) not null,
    picked               boolean not null,
    picked_by            varchar(50),
    last_success         datetime(6) null,
    last_failure         datetime(6) null,
    consecutive_failures int,
    last_heartbeat       datetime(6) null,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance),
    index scheduled_tasks_execution_time_idx (execution_time),
    index scheduled_tasks_last_heartbeat_idx (last_heartbeat),
    index scheduled_tasks_priority_execution_time_idx (priority desc, execution_time asc)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- Spring Modulith: events published across modules, kept until every listener has handled them.
-- Spring Modulith and Spring Session name their tables in capitals, and on MySQL and MariaDB
-- table names are case-sensitive.
create table EVENT_PUBLICATION (
    id                     varchar(36) not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       datetime(6) not null,
    completion_date        datetime(6) null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date datetime(6) null,
    index event_publication_by_completion_date_idx (completion_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- Spring Session: web sessions shared by every node (capital names, as Spring Session uses them).
create table SPRING_SESSION (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    unique index spring_session_ix1 (session_id),
    index spring_session_ix2 (expiry_time),
    index spring_session_ix3 (principal_name)
) engine = InnoDB row_format = dynamic default charset = utf8mb4 collate = utf8mb4_bin;

create table SPRING_SESSION_ATTRIBUTES (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    blob not null,
    primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references SPRING_SESSION (primary_id) on delete cascade
) engine = InnoDB row_format = dynamic default charset = utf8mb4 collate = utf8mb4_bin;
