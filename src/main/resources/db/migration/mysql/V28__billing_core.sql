-- Billing core: tax rates, gapless number series and the seller's profile (decision 0018).

create table billing_tax_rates (
    id                  bigint not null auto_increment primary key,
    version             bigint not null default 0,
    name                varchar(100) not null,
    percent             numeric(7, 4) not null,
    included_by_default boolean not null default false,
    active              boolean not null default true,
    is_default          boolean not null default false,
    created_at          datetime(6) not null,
    updated_at          datetime(6) not null,
    -- At most one rate is the default for new lines: a unique key on a column that is null for the others.
    default_marker      tinyint generated always as (if(is_default, 1, null)) stored,
    constraint billing_tax_rates_name_uk unique (name),
    constraint billing_tax_rates_default_uk unique (default_marker),
    constraint billing_tax_rates_percent_ck check (percent >= 0 and percent <= 100)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_tax_rates_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    name                varchar(100),
    percent             numeric(7, 4),
    included_by_default boolean,
    active              boolean,
    is_default          boolean,
    primary key (id, rev),
    constraint billing_tax_rates_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One counter per series and year; issuing a number locks its row until the issuing transaction ends.
create table billing_number_series (
    series        varchar(40) not null,
    year          integer not null,
    last_sequence bigint not null default 0,
    primary key (series, year)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The one row (id 1) of the seller's profile; until it is saved the application uses defaults.
create table billing_seller_profile (
    id                         integer not null primary key,
    version                    bigint not null default 0,
    name                       varchar(200) not null,
    address                    varchar(1000),
    tax_id                     varchar(100),
    email                      varchar(254),
    phone                      varchar(50),
    bank_details               varchar(1000),
    logo                       mediumblob,
    default_language           varchar(10) not null,
    payment_term_days          integer not null,
    quote_validity_days        integer not null,
    quote_number_pattern       varchar(60) not null,
    invoice_number_pattern     varchar(60) not null,
    credit_note_number_pattern varchar(60) not null,
    updated_at                 datetime(6) not null,
    constraint billing_seller_profile_one_ck check (id = 1)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_seller_profile_aud (
    id                         integer not null,
    rev                        bigint not null,
    revtype                    smallint,
    name                       varchar(200),
    address                    varchar(1000),
    tax_id                     varchar(100),
    email                      varchar(254),
    phone                      varchar(50),
    bank_details               varchar(1000),
    default_language           varchar(10),
    payment_term_days          integer,
    quote_validity_days        integer,
    quote_number_pattern       varchar(60),
    invoice_number_pattern     varchar(60),
    credit_note_number_pattern varchar(60),
    primary key (id, rev),
    constraint billing_seller_profile_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
