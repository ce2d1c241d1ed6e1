-- Consent and communication preferences of contacts (C11), one row per contact that has any;
-- a contact without a row has given no answer to marketing e-mail, may be contacted, on every
-- channel. email_marketing is UNKNOWN, OPTED_IN or OPTED_OUT; source is where the last change
-- of it came from (FORM, IMPORT, API, UNSUBSCRIBE). Every change is also a consent event, which
-- keeps who, when, what and from where, for proof of consent.
create table contact_consents (
    contact_id                 bigint not null primary key,
    version                    bigint not null default 0,
    email_marketing            varchar(10) not null,
    email_marketing_changed_at datetime(6),
    email_marketing_source     varchar(20),
    do_not_contact             boolean not null,
    do_not_contact_reason      varchar(500),
    email_allowed              boolean not null,
    phone_allowed              boolean not null,
    sms_allowed                boolean not null,
    updated_at                 datetime(6) not null,
    updated_by                 bigint,
    index contact_consents_marketing_idx (email_marketing, contact_id),
    index contact_consents_do_not_contact_idx (do_not_contact, contact_id),
    constraint contact_consents_contact_fk foreign key (contact_id) references contacts (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_consents_aud (
    contact_id                 bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    email_marketing            varchar(10),
    email_marketing_changed_at datetime(6),
    email_marketing_source     varchar(20),
    do_not_contact             boolean,
    do_not_contact_reason      varchar(500),
    email_allowed              boolean,
    phone_allowed              boolean,
    sms_allowed                boolean,
    primary key (contact_id, rev),
    constraint contact_consents_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_consent_events (
    id          bigint not null auto_increment primary key,
    contact_id  bigint not null,
    occurred_at datetime(6) not null,
    user_id     bigint,
    change_kind varchar(30) not null,
    new_value   varchar(40) not null,
    source      varchar(20) not null,
    detail      varchar(500),
    index contact_consent_events_contact_idx (contact_id, occurred_at, id),
    constraint contact_consent_events_contact_fk foreign key (contact_id) references contacts (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
