-- Requests and web-to-lead forms (module sales, area requests).
--
-- A request (inquiry) arrives from a web form, by hand, or later by e-mail or phone. ticket is a
-- short random code such as R-7KQ2M9XD (decision 16), unique. status: NEW, IN_PROGRESS,
-- CONVERTED (deal_id set) or CLOSED. source: WEB_FORM, MANUAL, EMAIL or PHONE. The sender's
-- phone is E.164. sort_name is "last first" in lower case, or the company name.
-- contact_id, company_id and lead_id are what matching found or a user chose; match_verified is
-- false while a match found automatically waits for a person's confirmation. support_case marks
-- a support case rather than a sale (the seed's "case" flag). lead_source_id points to reference
-- data without a foreign key, as on leads; team_id has none either, as on every record.
create table requests (
    id               bigint not null auto_increment primary key,
    version          bigint not null default 0,
    ticket           varchar(20) not null,
    received_at      datetime(6) not null,
    source           varchar(20) not null,
    lead_source_id   bigint,
    web_form_id      bigint,
    status           varchar(20) not null,
    first_name       varchar(100),
    last_name        varchar(100),
    sort_name        varchar(201) not null,
    email            varchar(320),
    phone            varchar(20),
    company_name     varchar(200),
    website          varchar(500),
    country          varchar(2),
    city             varchar(120),
    subject          varchar(200),
    subject_key      varchar(200),
    message          varchar(4000),
    remote_address   varchar(64),
    user_agent       varchar(500),
    duplicate        boolean not null default false,
    support_case     boolean not null default false,
    pending          boolean not null default false,
    contact_id       bigint,
    company_id       bigint,
    lead_id          bigint,
    match_verified   boolean not null default false,
    deal_id          bigint,
    owner_id         bigint not null,
    team_id          bigint,
    created_at       datetime(6) not null,
    updated_at       datetime(6) not null,
    created_by       bigint
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create unique index requests_ticket_idx on requests (ticket);
-- Keyset pagination: one index per sort with the id as tie-breaker; the common filters lead one each.
create index requests_received_idx on requests (received_at, id);
create index requests_sort_name_idx on requests (sort_name, id);
create index requests_status_idx on requests (status, received_at, id);
create index requests_owner_idx on requests (owner_id, received_at, id);
create index requests_team_idx on requests (team_id, received_at, id);
-- The duplicate rule: the same sender address and subject within a day.
create index requests_email_idx on requests (email, received_at);
create index requests_contact_idx on requests (contact_id);
create index requests_company_idx on requests (company_id);
create index requests_lead_idx on requests (lead_id);
create index requests_deal_idx on requests (deal_id);

create table requests_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    ticket           varchar(20),
    received_at      datetime(6),
    source           varchar(20),
    lead_source_id   bigint,
    web_form_id      bigint,
    status           varchar(20),
    first_name       varchar(100),
    last_name        varchar(100),
    email            varchar(320),
    phone            varchar(20),
    company_name     varchar(200),
    website          varchar(500),
    country          varchar(2),
    city             varchar(120),
    subject          varchar(200),
    message          varchar(4000),
    duplicate        boolean,
    support_case     boolean,
    pending          boolean,
    contact_id       bigint,
    company_id       bigint,
    lead_id          bigint,
    match_verified   boolean,
    deal_id          bigint,
    owner_id         bigint,
    team_id          bigint,
    primary key (id, rev)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One web-to-lead form per lead source. token is the public part of its address (/forms/{token}).
-- fields and required_fields are comma-separated request field names; allowed_origins,
-- stop_phrases and banned_companies hold one entry per line. owner_id is told of every request
-- the form creates and owns it, in team_id.
create table web_forms (
    id                bigint not null auto_increment primary key,
    version           bigint not null default 0,
    token             varchar(40) not null,
    name              varchar(200) not null,
    lead_source_id    bigint not null,
    fields            varchar(500) not null,
    required_fields   varchar(500) not null,
    thank_you_message varchar(1000),
    redirect_url      varchar(500),
    allowed_origins   varchar(2000),
    stop_phrases      varchar(4000),
    banned_companies  varchar(4000),
    owner_id          bigint not null,
    team_id           bigint,
    active            boolean not null default true,
    created_at        datetime(6) not null,
    updated_at        datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create unique index web_forms_token_idx on web_forms (token);
create unique index web_forms_source_idx on web_forms (lead_source_id);

create table web_forms_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           smallint,
    token             varchar(40),
    name              varchar(200),
    lead_source_id    bigint,
    fields            varchar(500),
    required_fields   varchar(500),
    thank_you_message varchar(1000),
    redirect_url      varchar(500),
    allowed_origins   varchar(2000),
    stop_phrases      varchar(4000),
    banned_companies  varchar(4000),
    owner_id          bigint,
    team_id           bigint,
    active            boolean,
    primary key (id, rev)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The per-address rate limit of public form posts, kept in the database so that every node of a
-- cluster counts the same posts: one row per post within the window, and one row per address that
-- a post locks while it counts, so that concurrent posts from one address queue behind each other.
create table web_form_senders (
    remote_address varchar(64) primary key,
    last_post_at   datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create table web_form_posts (
    id             bigint not null auto_increment primary key,
    remote_address varchar(64) not null,
    posted_at      datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index web_form_posts_address_idx on web_form_posts (remote_address, posted_at);
create index web_form_posts_posted_idx on web_form_posts (posted_at);

alter table deals add constraint deals_request_fk foreign key (request_id) references requests (id) on delete set null;
alter table requests add constraint requests_contact_fk foreign key (contact_id) references contacts (id) on delete set null;
alter table requests add constraint requests_company_fk foreign key (company_id) references companies (id) on delete set null;
alter table requests add constraint requests_lead_fk foreign key (lead_id) references leads (id) on delete set null;
alter table requests add constraint requests_deal_fk foreign key (deal_id) references deals (id) on delete set null;
alter table requests add constraint requests_owner_fk foreign key (owner_id) references users (id);
alter table requests_aud add constraint requests_aud_rev_fk foreign key (rev) references audit_revisions (id);
alter table web_forms add constraint web_forms_owner_fk foreign key (owner_id) references users (id);
alter table web_forms_aud add constraint web_forms_aud_rev_fk foreign key (rev) references audit_revisions (id);
