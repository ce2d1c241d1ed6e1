-- Products, categories, price lists and the product tracker (module sales, area products).
-- Categories form a tree of two levels: a category either has no parent or a parent without one.
-- A product is goods or a service with a list price (amount and ISO 4217 currency) and a unit;
-- code is its SKU, kept in capitals and unique when given. sort_name is the name in lower case:
-- the list's sort key and what name searches match. stage is where the product is in its life
-- (DEVELOPMENT, PRODUCTION, DELIVERY, RETIRED) and stage_entered_at when it came there; the
-- history keeps every stage with its entry and exit times.
-- A price list holds prices in one currency, for one company type of the customers module
-- (company_type_id, no foreign key: reference data is deactivated, not deleted) or for everyone,
-- between optional dates. See decision 0013 for which price a lookup answers with.
create table product_categories (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(100) not null,
    parent_id  bigint,
    position   integer not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint product_categories_parent_id_fk foreign key (parent_id) references product_categories (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index product_categories_parent_idx on product_categories (parent_id, position, id);

create table products (
    id               bigint not null auto_increment primary key,
    version          bigint not null default 0,
    name             varchar(200) not null,
    sort_name        varchar(200) not null,
    code             varchar(64),
    kind             varchar(10) not null,
    description      varchar(4000),
    unit             varchar(30) not null,
    price            numeric(19, 4) not null,
    currency         char(3) not null,
    on_sale          boolean not null default true,
    category_id      bigint,
    stage            varchar(20) not null,
    stage_entered_at datetime(6) not null,
    created_at       datetime(6) not null,
    updated_at       datetime(6) not null,
    created_by       bigint,
    constraint products_category_id_fk foreign key (category_id) references product_categories (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create unique index products_code_idx on products (code);
create index products_sort_name_idx on products (sort_name, id);
create index products_category_idx on products (category_id, sort_name, id);
create index products_kind_idx on products (kind, sort_name, id);
create index products_on_sale_idx on products (on_sale, sort_name, id);
create index products_stage_idx on products (stage, stage_entered_at, id);

create table product_stage_history (
    id         bigint not null auto_increment primary key,
    product_id bigint not null,
    stage      varchar(20) not null,
    entered_at datetime(6) not null,
    left_at    datetime(6),
    changed_by bigint,
    constraint product_stage_history_product_id_fk foreign key (product_id) references products (id) on delete cascade,
    constraint product_stage_history_changed_by_fk foreign key (changed_by) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index product_stage_history_product_idx on product_stage_history (product_id, entered_at, id);

create table price_lists (
    id              bigint not null auto_increment primary key,
    version         bigint not null default 0,
    name            varchar(100) not null,
    currency        char(3) not null,
    company_type_id bigint,
    valid_from      date,
    valid_to        date,
    active          boolean not null default true,
    created_at      datetime(6) not null,
    updated_at      datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index price_lists_name_idx on price_lists (name, id);
create index price_lists_lookup_idx on price_lists (currency, active, company_type_id);

create table price_list_entries (
    id            bigint not null auto_increment primary key,
    price_list_id bigint not null,
    product_id    bigint not null,
    price         numeric(19, 4) not null,
    constraint price_list_entries_price_list_id_fk foreign key (price_list_id) references price_lists (id) on delete cascade,
    constraint price_list_entries_product_id_fk foreign key (product_id) references products (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create unique index price_list_entries_list_idx on price_list_entries (price_list_id, product_id);
create index price_list_entries_product_idx on price_list_entries (product_id, price_list_id);

create table product_categories_aud (
    id        bigint not null,
    rev       bigint not null,
    revtype   smallint,
    name      varchar(100),
    parent_id bigint,
    position  integer,
    active    boolean,
    primary key (id, rev),
    constraint product_categories_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table products_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    name             varchar(200),
    code             varchar(64),
    kind             varchar(10),
    description      varchar(4000),
    unit             varchar(30),
    price            numeric(19, 4),
    currency         char(3),
    on_sale          boolean,
    category_id      bigint,
    stage            varchar(20),
    stage_entered_at datetime(6),
    primary key (id, rev),
    constraint products_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table price_lists_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         smallint,
    name            varchar(100),
    currency        char(3),
    company_type_id bigint,
    valid_from      date,
    valid_to        date,
    active          boolean,
    primary key (id, rev),
    constraint price_lists_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table price_list_entries_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    price_list_id bigint,
    product_id    bigint,
    price         numeric(19, 4),
    primary key (id, rev),
    constraint price_list_entries_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
