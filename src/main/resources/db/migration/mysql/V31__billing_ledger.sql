-- The ledger (module billing, area ledger): every amount of money that comes in or goes out is one
-- row of billing_transactions, with a direction and a kind. The counterparty is a customer
-- (company_id and/or contact_id) for customer payments and refunds, an employee (employee_user_id,
-- an identity user) for salaries, or a free-text payee_name for third parties. A customer payment
-- may settle an invoice (invoice_id, by id only: invoices are another area): invoice_amount is what
-- it paid off in the invoice's currency and exchange_difference the rounding remainder of a
-- foreign-currency payment that settled the invoice (decision 0021). Amounts keep what was typed.
create table billing_transaction_categories (
    id         bigint not null auto_increment primary key,
    version    bigint not null default 0,
    name       varchar(100) not null,
    active     boolean not null default true,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    unique index billing_transaction_categories_name_idx (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_transactions (
    id                  bigint not null auto_increment primary key,
    version             bigint not null default 0,
    direction           varchar(3) not null,
    kind                varchar(30) not null,
    company_id          bigint,
    contact_id          bigint,
    employee_user_id    bigint,
    payee_name          varchar(200),
    category_id         bigint,
    amount              decimal(19, 4) not null,
    currency            char(3) not null,
    paid_on             date not null,
    method              varchar(20) not null,
    reference           varchar(200),
    invoice_id          bigint,
    invoice_amount      decimal(19, 4),
    invoice_currency    char(3),
    exchange_difference decimal(19, 4),
    notes               varchar(2000),
    owner_id            bigint not null,
    team_id             bigint,
    created_by          bigint,
    created_at          datetime(6) not null,
    updated_at          datetime(6) not null,
    constraint billing_transactions_company_fk foreign key (company_id) references companies (id) on delete set null,
    constraint billing_transactions_contact_fk foreign key (contact_id) references contacts (id) on delete set null,
    constraint billing_transactions_employee_fk foreign key (employee_user_id) references users (id),
    constraint billing_transactions_category_fk foreign key (category_id) references billing_transaction_categories (id),
    index billing_transactions_date_idx (paid_on, id),
    index billing_transactions_amount_idx (amount, id),
    index billing_transactions_company_idx (company_id, paid_on, id),
    index billing_transactions_contact_idx (contact_id, paid_on, id),
    index billing_transactions_employee_idx (employee_user_id, paid_on, id),
    index billing_transactions_invoice_idx (invoice_id),
    index billing_transactions_kind_idx (kind, paid_on),
    index billing_transactions_owner_idx (owner_id),
    index billing_transactions_team_idx (team_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_transaction_categories_aud (
    id      bigint not null,
    rev     bigint not null,
    revtype smallint,
    name    varchar(100),
    active  boolean,
    primary key (id, rev),
    constraint billing_transaction_categories_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table billing_transactions_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    direction           varchar(3),
    kind                varchar(30),
    company_id          bigint,
    contact_id          bigint,
    employee_user_id    bigint,
    payee_name          varchar(200),
    category_id         bigint,
    amount              decimal(19, 4),
    currency            char(3),
    paid_on             date,
    method              varchar(20),
    reference           varchar(200),
    invoice_id          bigint,
    invoice_amount      decimal(19, 4),
    invoice_currency    char(3),
    exchange_difference decimal(19, 4),
    notes               varchar(2000),
    owner_id            bigint,
    team_id             bigint,
    primary key (id, rev),
    constraint billing_transactions_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
