-- Pipelines and deals (module sales, area deals).
-- A pipeline is offered to one team (team_id) or to everyone (null); is_default marks the one new
-- deals land in when none is chosen. Its stages are ordered by position; outcome is OPEN, WON or
-- LOST, and probability (0-100) is the chance a deal in that stage closes won. Closing reasons say
-- why a deal was won (success) or lost, per team or for everyone.
-- A deal's amount is the sum of its product lines when it has any, else typed by hand; currency is
-- an ISO 4217 code. status mirrors the stage's outcome (OPEN, WON, LOST) so lists and the board
-- filter on one column. stage_entered_at is when the deal came into its current stage; the history
-- keeps every stage with its entry and exit times. company_id, contact_id and lead_id point into
-- the customers module; request_id to the requests area (no foreign key: added with its table).
create table pipelines (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(100) not null,
    team_id    bigint,
    is_default boolean not null default false,
    position   integer not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index pipelines_position_idx on pipelines (position, id);

create table pipeline_stages (
    id          bigint not null auto_increment primary key,
    version     bigint not null default 0,
    pipeline_id bigint not null,
    name        varchar(100) not null,
    position    integer not null,
    probability numeric(5, 2) not null,
    outcome     varchar(10) not null,
    active      boolean not null default true,
    constraint pipeline_stages_pipeline_id_fk foreign key (pipeline_id) references pipelines (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index pipeline_stages_pipeline_idx on pipeline_stages (pipeline_id, position, id);

create table closing_reasons (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(100) not null,
    success    boolean not null,
    team_id    bigint,
    position   integer not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index closing_reasons_position_idx on closing_reasons (success, position, id);

create table deals (
    id                bigint not null auto_increment primary key,
    version           bigint not null default 0,
    name              varchar(200) not null,
    pipeline_id       bigint not null,
    stage_id          bigint not null,
    status            varchar(10) not null,
    stage_entered_at  datetime(6) not null,
    amount            numeric(19, 4),
    currency          char(3) not null,
    probability       numeric(5, 2) not null,
    expected_close    date,
    next_step         varchar(250),
    next_step_date    date,
    description       varchar(4000),
    important         boolean not null default false,
    company_id        bigint,
    contact_id        bigint,
    lead_id           bigint,
    request_id        bigint,
    closing_reason_id bigint,
    closed_at         datetime(6),
    owner_id          bigint not null,
    team_id           bigint,
    created_at        datetime(6) not null,
    updated_at        datetime(6) not null,
    created_by        bigint,
    constraint deals_pipeline_id_fk foreign key (pipeline_id) references pipelines (id),
    constraint deals_stage_id_fk foreign key (stage_id) references pipeline_stages (id),
    constraint deals_company_id_fk foreign key (company_id) references companies (id) on delete set null,
    constraint deals_contact_id_fk foreign key (contact_id) references contacts (id) on delete set null,
    constraint deals_lead_id_fk foreign key (lead_id) references leads (id) on delete set null,
    constraint deals_closing_reason_id_fk foreign key (closing_reason_id) references closing_reasons (id),
    constraint deals_owner_id_fk foreign key (owner_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- The board reads one pipeline's open deals stage by stage; lists page by keyset on each sort.
create index deals_board_idx on deals (pipeline_id, status, stage_id, stage_entered_at, id);
create index deals_name_idx on deals (name, id);
create index deals_created_at_idx on deals (created_at, id);
create index deals_expected_close_idx on deals (status, expected_close, id);
create index deals_owner_idx on deals (owner_id, status, expected_close, id);
create index deals_team_idx on deals (team_id, status, expected_close, id);
create index deals_company_idx on deals (company_id);
create index deals_contact_idx on deals (contact_id);
create index deals_lead_idx on deals (lead_id);
create index deals_request_idx on deals (request_id);

create table deal_co_owners (
    deal_id bigint not null,
    user_id bigint not null,
    primary key (deal_id, user_id),
    constraint deal_co_owners_deal_id_fk foreign key (deal_id) references deals (id) on delete cascade,
    constraint deal_co_owners_user_id_fk foreign key (user_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index deal_co_owners_user_idx on deal_co_owners (user_id, deal_id);

create table deal_stage_history (
    id         bigint not null auto_increment primary key,
    deal_id    bigint not null,
    stage_id   bigint not null,
    entered_at datetime(6) not null,
    left_at    datetime(6),
    moved_by   bigint,
    constraint deal_stage_history_deal_id_fk foreign key (deal_id) references deals (id) on delete cascade,
    constraint deal_stage_history_stage_id_fk foreign key (stage_id) references pipeline_stages (id),
    constraint deal_stage_history_moved_by_fk foreign key (moved_by) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index deal_stage_history_deal_idx on deal_stage_history (deal_id, entered_at, id);

-- Product lines: product_id points to the products area (no foreign key here: added with its
-- table); description is the product's name when the line was added, or free text. amount is
-- quantity x unit_price less discount_percent, kept in the deal's currency.
create table deal_lines (
    id               bigint not null auto_increment primary key,
    deal_id          bigint not null,
    position         integer not null,
    product_id       bigint,
    description      varchar(500) not null,
    quantity         numeric(19, 4) not null,
    unit_price       numeric(19, 4) not null,
    discount_percent numeric(5, 2) not null default 0,
    amount           numeric(19, 4) not null,
    constraint deal_lines_deal_id_fk foreign key (deal_id) references deals (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index deal_lines_deal_idx on deal_lines (deal_id, position, id);
create index deal_lines_product_idx on deal_lines (product_id);

create table pipelines_aud (
    id         bigint not null,
    rev        bigint not null,
    revtype    smallint,
    name       varchar(100),
    team_id    bigint,
    is_default boolean,
    position   integer,
    active     boolean,
    primary key (id, rev),
    constraint pipelines_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pipeline_stages_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     smallint,
    pipeline_id bigint,
    name        varchar(100),
    position    integer,
    probability numeric(5, 2),
    outcome     varchar(10),
    active      boolean,
    primary key (id, rev),
    constraint pipeline_stages_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table closing_reasons_aud (
    id       bigint not null,
    rev      bigint not null,
    revtype  smallint,
    name     varchar(100),
    success  boolean,
    team_id  bigint,
    position integer,
    active   boolean,
    primary key (id, rev),
    constraint closing_reasons_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table deals_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           smallint,
    name              varchar(200),
    pipeline_id       bigint,
    stage_id          bigint,
    status            varchar(10),
    stage_entered_at  datetime(6),
    amount            numeric(19, 4),
    currency          char(3),
    probability       numeric(5, 2),
    expected_close    date,
    next_step         varchar(250),
    next_step_date    date,
    description       varchar(4000),
    important         boolean,
    company_id        bigint,
    contact_id        bigint,
    lead_id           bigint,
    request_id        bigint,
    closing_reason_id bigint,
    closed_at         datetime(6),
    owner_id          bigint,
    team_id           bigint,
    primary key (id, rev),
    constraint deals_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table deal_co_owners_aud (
    rev     bigint not null,
    revtype smallint,
    deal_id bigint not null,
    user_id bigint not null,
    primary key (rev, deal_id, user_id),
    constraint deal_co_owners_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table deal_lines_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    deal_id          bigint,
    position         integer,
    product_id       bigint,
    description      varchar(500),
    quantity         numeric(19, 4),
    unit_price       numeric(19, 4),
    discount_percent numeric(5, 2),
    amount           numeric(19, 4),
    primary key (id, rev),
    constraint deal_lines_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One pipeline and the common closing reasons for everyone, so a new installation can take deals.
insert into pipelines (name, is_default, position, created_at, updated_at)
    values ('Sales', true, 10, current_timestamp, current_timestamp);
insert into pipeline_stages (pipeline_id, name, position, probability, outcome)
    select id, 'Qualification', 10, 10, 'OPEN' from pipelines where name = 'Sales'
    union all select id, 'Needs analysis', 20, 25, 'OPEN' from pipelines where name = 'Sales'
    union all select id, 'Proposal', 30, 50, 'OPEN' from pipelines where name = 'Sales'
    union all select id, 'Negotiation', 40, 75, 'OPEN' from pipelines where name = 'Sales'
    union all select id, 'Won', 50, 100, 'WON' from pipelines where name = 'Sales'
    union all select id, 'Lost', 60, 0, 'LOST' from pipelines where name = 'Sales';
insert into closing_reasons (name, success, position, created_at, updated_at) values
    ('Best offer', true, 10, current_timestamp, current_timestamp),
    ('Existing relationship', true, 20, current_timestamp, current_timestamp),
    ('Price too high', false, 30, current_timestamp, current_timestamp),
    ('Lost to a competitor', false, 40, current_timestamp, current_timestamp),
    ('No budget', false, 50, current_timestamp, current_timestamp),
    ('No decision', false, 60, current_timestamp, current_timestamp),
    ('Not a fit', false, 70, current_timestamp, current_timestamp);
