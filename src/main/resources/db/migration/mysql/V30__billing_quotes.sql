-- Quotations (module billing, area quotes).
--
-- A quotation has a number from the quote series (DocumentNumbers.QUOTES), taken when it is
-- created, and a revision: revising copies it into a new row with the same number and the next
-- revision (previous_revision_id points back); the row revised stays as it was, SUPERSEDED.
-- status: DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED or SUPERSEDED; only a draft changes.
-- Amounts are kept as the document arithmetic made them (decision 0018): net, tax and gross in
-- the quotation's currency. company_id and contact_id are the party (at least one when created);
-- deal_id the deal it was made for; invoice_id the draft invoice made from it once accepted.
-- decided_* record who accepted or declined it, when, and from which address (the customer
-- through the public link, or a user recording the customer's answer). link_nonce goes into the
-- signature of the public link: a new nonce makes every link handed out before unusable.
create table billing_quotes (
    id                        bigint not null auto_increment primary key,
    version                   bigint not null default 0,
    number                    varchar(40) not null,
    revision                  integer not null,
    previous_revision_id      bigint,
    status                    varchar(12) not null,
    currency                  char(3) not null,
    language                  varchar(10) not null,
    issue_date                date not null,
    valid_until               date not null,
    document_discount_percent numeric(7, 4) not null default 0,
    net_total                 numeric(19, 4) not null,
    tax_total                 numeric(19, 4) not null,
    gross_total               numeric(19, 4) not null,
    company_id                bigint,
    contact_id                bigint,
    deal_id                   bigint,
    invoice_id                bigint,
    terms                     varchar(4000),
    notes                     varchar(4000),
    owner_id                  bigint not null,
    team_id                   bigint,
    sent_at                   datetime(6),
    sent_to                   varchar(320),
    decided_at                datetime(6),
    decided_by_name           varchar(200),
    decided_from_address      varchar(64),
    decline_reason            varchar(1000),
    link_nonce                varchar(32) not null,
    created_at                datetime(6) not null,
    updated_at                datetime(6) not null,
    created_by                bigint,
    constraint billing_quotes_previous_revision_id_fk foreign key (previous_revision_id) references billing_quotes (id),
    constraint billing_quotes_company_id_fk foreign key (company_id) references companies (id) on delete set null,
    constraint billing_quotes_contact_id_fk foreign key (contact_id) references contacts (id) on delete set null,
    constraint billing_quotes_deal_id_fk foreign key (deal_id) references deals (id) on delete set null,
    constraint billing_quotes_owner_id_fk foreign key (owner_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create unique index billing_quotes_number_idx on billing_quotes (number, revision);
-- Keyset pagination: one index per sort with the id as tie-breaker; the common filters lead one each.
create index billing_quotes_created_idx on billing_quotes (created_at, id);
create index billing_quotes_issue_idx on billing_quotes (issue_date, id);
create index billing_quotes_valid_idx on billing_quotes (status, valid_until, id);
create index billing_quotes_total_idx on billing_quotes (gross_total, id);
create index billing_quotes_owner_idx on billing_quotes (owner_id, status, id);
create index billing_quotes_team_idx on billing_quotes (team_id, status, id);
create index billing_quotes_company_idx on billing_quotes (company_id, created_at, id);
create index billing_quotes_contact_idx on billing_quotes (contact_id, created_at, id);
create index billing_quotes_deal_idx on billing_quotes (deal_id);
create index billing_quotes_invoice_idx on billing_quotes (invoice_id);
create index billing_quotes_previous_idx on billing_quotes (previous_revision_id);

-- Lines as they were priced: the tax rate's name and percent are copied, so a later change of the
-- rate never changes a quotation. unit_price and quantity keep what was typed (six decimals);
-- list_amount, discount_amount and amount are at the currency's minor unit, amount net of tax or
-- including it as tax_included says.
create table billing_quote_lines (
    id               bigint not null auto_increment primary key,
    quote_id         bigint not null,
    position         integer not null,
    product_id       bigint,
    description      varchar(1000) not null,
    quantity         numeric(19, 6) not null,
    unit             varchar(20),
    unit_price       numeric(19, 6) not null,
    discount_percent numeric(7, 4) not null default 0,
    tax_rate_id      bigint,
    tax_rate_name    varchar(100),
    tax_percent      numeric(7, 4) not null default 0,
    tax_included     boolean not null default false,
    list_amount      numeric(19, 4) not null,
    discount_amount  numeric(19, 4) not null,
    amount           numeric(19, 4) not null,
    constraint billing_quote_lines_quote_id_fk foreign key (quote_id) references billing_quotes (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index billing_quote_lines_quote_idx on billing_quote_lines (quote_id, position, id);
create index billing_quote_lines_product_idx on billing_quote_lines (product_id);

create table billing_quotes_aud (
    id                        bigint not null,
    rev                       bigint not null,
    revtype                   smallint,
    number                    varchar(40),
    revision                  integer,
    previous_revision_id      bigint,
    status                    varchar(12),
    currency                  char(3),
    language                  varchar(10),
    issue_date                date,
    valid_until               date,
    document_discount_percent numeric(7, 4),
    net_total                 numeric(19, 4),
    tax_total                 numeric(19, 4),
    gross_total               numeric(19, 4),
    company_id                bigint,
    contact_id                bigint,
    deal_id                   bigint,
    invoice_id                bigint,
    terms                     varchar(4000),
    notes                     varchar(4000),
    owner_id                  bigint,
    team_id                   bigint,
    sent_at                   datetime(6),
    sent_to                   varchar(320),
    decided_at                datetime(6),
    decided_by_name           varchar(200),
    decided_from_address      varchar(64),
    decline_reason            varchar(1000),
    link_nonce                varchar(32),
    primary key (id, rev),
    constraint billing_quotes_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_quote_lines_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    quote_id         bigint,
    position         integer,
    product_id       bigint,
    description      varchar(1000),
    quantity         numeric(19, 6),
    unit             varchar(20),
    unit_price       numeric(19, 6),
    discount_percent numeric(7, 4),
    tax_rate_id      bigint,
    tax_rate_name    varchar(100),
    tax_percent      numeric(7, 4),
    tax_included     boolean,
    list_amount      numeric(19, 4),
    discount_amount  numeric(19, 4),
    amount           numeric(19, 4),
    primary key (id, rev),
    constraint billing_quote_lines_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
