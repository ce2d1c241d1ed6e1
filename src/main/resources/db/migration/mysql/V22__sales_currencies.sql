-- Currencies and exchange rates (module sales, area currencies).
-- currencies lists the ISO 4217 codes in use: what forms offer for amounts. The reporting
-- currency is a system setting (sales.currencies.reporting, EUR when unset) and always in use.
create table currencies (
    code     char(3) not null primary key,
    added_at datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
insert into currencies (code, added_at) values ('EUR', current_timestamp(6));

-- A dated rate: 1 unit of base_currency is worth rate units of quote_currency from valid_on until
-- the next rate of the pair. One rate per pair and day. source is MANUAL for rates typed by an
-- administrator, otherwise the loader's name (ECB); a loader never replaces a manual rate.
-- Conversions read the latest rate on or before a date: the unique index serves that lookup.
create table exchange_rates (
    id             bigint not null auto_increment primary key,
    version        bigint not null default 0,
    base_currency  char(3) not null,
    quote_currency char(3) not null,
    rate           decimal(19, 10) not null,
    valid_on       date not null,
    source         varchar(20) not null,
    created_at     datetime(6) not null,
    updated_at     datetime(6) not null,
    constraint exchange_rates_positive check (rate > 0),
    constraint exchange_rates_two_currencies check (base_currency <> quote_currency),
    unique index exchange_rates_pair_date_idx (base_currency, quote_currency, valid_on),
    index exchange_rates_date_idx (valid_on, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table exchange_rates_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        smallint,
    base_currency  char(3),
    quote_currency char(3),
    rate           decimal(19, 10),
    valid_on       date,
    source         varchar(20),
    primary key (id, rev),
    constraint exchange_rates_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
