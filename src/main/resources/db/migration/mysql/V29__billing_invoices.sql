-- Invoices and credit notes (module billing, area invoices).
-- kind is INVOICE or CREDIT_NOTE; a credit note names the invoice it corrects (credited_invoice_id)
-- and carries negative amounts. status is DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE or VOID.
-- series, number_year, number_seq and number stay null while a draft; issuing takes the next gapless
-- number of the series for the year (decision 0019), so number is unique once set. Everything a
-- customer sees is frozen at issue: the lines, the stored totals and the billed party's name,
-- address, tax id and e-mail address (billed_*), which no later change to the company or contact touches.
-- company_id and contact_id point into the customers module without a foreign key: an invoice
-- must outlive the customer record it was made for, and its snapshot says who it was.
-- paid_total is the sum of the payments applied (billing_invoice_payments); credited_total what
-- credit notes took off an invoice, or, on a credit note, what it settled of its invoice (negative).
-- outstanding = gross_total - paid_total - credited_total. reminder_level counts the reminders sent.
create table billing_invoices (
    id                        bigint not null auto_increment primary key,
    version                   bigint not null default 0,
    kind                      varchar(12) not null,
    credited_invoice_id       bigint,
    status                    varchar(16) not null,
    series                    varchar(40),
    number_year               integer,
    number_seq                bigint,
    number                    varchar(60),
    issued_on                 date,
    issued_at                 datetime(6),
    due_on                    date,
    payment_term_days         integer,
    currency                  char(3) not null,
    language                  varchar(10),
    document_discount_percent numeric(9, 4),
    net_total                 numeric(19, 4) not null,
    tax_total                 numeric(19, 4) not null,
    gross_total               numeric(19, 4) not null,
    paid_total                numeric(19, 4) not null default 0,
    credited_total            numeric(19, 4) not null default 0,
    company_id                bigint,
    contact_id                bigint,
    billed_name               varchar(300),
    billed_address            varchar(1000),
    billed_tax_id             varchar(100),
    billed_email              varchar(320),
    deal_id                   bigint,
    quote_id                  bigint,
    terms                     varchar(4000),
    notes                     varchar(4000),
    void_reason               varchar(500),
    voided_at                 datetime(6),
    owner_id                  bigint not null,
    team_id                   bigint,
    reminder_level            integer not null default 0,
    last_reminder_on          date,
    created_at                datetime(6) not null,
    updated_at                datetime(6) not null,
    created_by                bigint,
    constraint billing_invoices_number_uq unique (number),
    constraint billing_invoices_sequence_uq unique (series, number_year, number_seq),
    constraint billing_invoices_credited_fk foreign key (credited_invoice_id) references billing_invoices (id),
    constraint billing_invoices_owner_fk foreign key (owner_id) references users (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- Lists page by keyset on each sort; the overdue job and aging read open invoices by due date.
create index billing_invoices_created_idx on billing_invoices (created_at, id);
create index billing_invoices_number_idx on billing_invoices (number, id);
create index billing_invoices_issued_idx on billing_invoices (issued_on, id);
create index billing_invoices_due_idx on billing_invoices (status, due_on, id);
create index billing_invoices_due_on_idx on billing_invoices (due_on, id);
create index billing_invoices_gross_idx on billing_invoices (gross_total, id);
create index billing_invoices_owner_idx on billing_invoices (owner_id, status, due_on, id);
create index billing_invoices_team_idx on billing_invoices (team_id, status, due_on, id);
create index billing_invoices_company_idx on billing_invoices (company_id, status, due_on);
create index billing_invoices_contact_idx on billing_invoices (contact_id, status, due_on);
create index billing_invoices_kind_idx on billing_invoices (kind, status, id);
create index billing_invoices_credited_idx on billing_invoices (credited_invoice_id);
create index billing_invoices_deal_idx on billing_invoices (deal_id);
create index billing_invoices_quote_idx on billing_invoices (quote_id);
create index billing_invoices_billed_name_idx on billing_invoices (billed_name, id);

-- The lines as entered (quantity and unit price exactly as typed) with the tax rate copied on,
-- and what each comes to at the currency's minor unit (list_amount before the line's discount).
create table billing_invoice_lines (
    id               bigint not null auto_increment primary key,
    invoice_id       bigint not null,
    position         integer not null,
    product_id       bigint,
    description      varchar(1000) not null,
    quantity         numeric(19, 6) not null,
    unit             varchar(20),
    unit_price       numeric(19, 6) not null,
    discount_percent numeric(9, 4) not null default 0,
    tax_rate_id      bigint,
    tax_name         varchar(100),
    tax_percent      numeric(9, 4) not null default 0,
    tax_included     boolean not null default false,
    list_amount      numeric(19, 4) not null,
    discount_amount  numeric(19, 4) not null,
    amount           numeric(19, 4) not null,
    constraint billing_invoice_lines_invoice_fk foreign key (invoice_id) references billing_invoices (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index billing_invoice_lines_invoice_idx on billing_invoice_lines (invoice_id, position, id);
create index billing_invoice_lines_product_idx on billing_invoice_lines (product_id);

-- Payments applied to an invoice, by the payment's id in the ledger: a payment counts once.
create table billing_invoice_payments (
    invoice_id bigint not null,
    payment_id bigint not null,
    amount     numeric(19, 4) not null,
    paid_on    date not null,
    applied_at datetime(6) not null,
    primary key (invoice_id, payment_id),
    constraint billing_invoice_payments_invoice_fk foreign key (invoice_id) references billing_invoices (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index billing_invoice_payments_payment_idx on billing_invoice_payments (payment_id);

create table billing_invoices_aud (
    id                        bigint not null,
    rev                       bigint not null,
    revtype                   smallint,
    kind                      varchar(12),
    credited_invoice_id       bigint,
    status                    varchar(16),
    series                    varchar(40),
    number_year               integer,
    number_seq                bigint,
    number                    varchar(60),
    issued_on                 date,
    issued_at                 datetime(6),
    due_on                    date,
    payment_term_days         integer,
    currency                  char(3),
    language                  varchar(10),
    document_discount_percent numeric(9, 4),
    net_total                 numeric(19, 4),
    tax_total                 numeric(19, 4),
    gross_total               numeric(19, 4),
    paid_total                numeric(19, 4),
    credited_total            numeric(19, 4),
    company_id                bigint,
    contact_id                bigint,
    billed_name               varchar(300),
    billed_address            varchar(1000),
    billed_tax_id             varchar(100),
    billed_email              varchar(320),
    deal_id                   bigint,
    quote_id                  bigint,
    terms                     varchar(4000),
    notes                     varchar(4000),
    void_reason               varchar(500),
    voided_at                 datetime(6),
    owner_id                  bigint,
    team_id                   bigint,
    reminder_level            integer,
    last_reminder_on          date,
    primary key (id, rev),
    constraint billing_invoices_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_invoice_lines_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    invoice_id       bigint,
    position         integer,
    product_id       bigint,
    description      varchar(1000),
    quantity         numeric(19, 6),
    unit             varchar(20),
    unit_price       numeric(19, 6),
    discount_percent numeric(9, 4),
    tax_rate_id      bigint,
    tax_name         varchar(100),
    tax_percent      numeric(9, 4),
    tax_included     boolean,
    list_amount      numeric(19, 4),
    discount_amount  numeric(19, 4),
    amount           numeric(19, 4),
    primary key (id, rev),
    constraint billing_invoice_lines_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
