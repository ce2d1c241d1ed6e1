create table users (
    id            bigint not null auto_increment primary key,
    version       bigint not null default 0,
    email         varchar(320) not null,
    full_name     varchar(200) not null,
    password_hash varchar(255),
    locale        varchar(35) not null,
    time_zone     varchar(64) not null,
    active        boolean not null,
    created_at    datetime(6) not null,
    updated_at    datetime(6) not null,
    constraint users_email_uk unique (email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_roles (
    user_id bigint not null,
    role    varchar(40) not null,
    primary key (user_id, role),
    constraint user_roles_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table users_aud (
    id        bigint not null,
    rev       bigint not null,
    revtype   smallint,
    email     varchar(320),
    full_name varchar(200),
    locale    varchar(35),
    time_zone varchar(64),
    active    boolean,
    primary key (id, rev),
    constraint users_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_roles_aud (
    rev     bigint not null,
    revtype smallint,
    user_id bigint not null,
    role    varchar(40) not null,
    primary key (rev, user_id, role),
    constraint user_roles_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
