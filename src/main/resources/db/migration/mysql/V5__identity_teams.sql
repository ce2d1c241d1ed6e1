-- Teams (departments) in a hierarchy, and who belongs to them; heads see their team and its sub-teams.
create table teams (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(120) not null,
    parent_id  bigint,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint teams_name_uk unique (name),
    constraint teams_parent_fk foreign key (parent_id) references teams (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index teams_parent_idx on teams (parent_id);

create table team_members (
    team_id bigint not null,
    user_id bigint not null,
    head    boolean not null default false,
    primary key (team_id, user_id),
    constraint team_members_team_fk foreign key (team_id) references teams (id) on delete cascade,
    constraint team_members_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index team_members_user_idx on team_members (user_id);

create table teams_aud (
    id        bigint not null,
    rev       bigint not null,
    revtype   smallint,
    name      varchar(120),
    parent_id bigint,
    primary key (id, rev),
    constraint teams_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
