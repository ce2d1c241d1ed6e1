-- Single-use links sent by e-mail (invitations, password resets). Only the SHA-256 of the token
-- is stored; the token itself exists only in the link.
create table user_tokens (
    id         bigint not null auto_increment primary key,
    user_id    bigint not null,
    purpose    varchar(20) not null,
    token_hash char(64) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6) null,
    created_at datetime(6) not null,
    constraint user_tokens_purpose_ck check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    constraint user_tokens_token_hash_uk unique (token_hash),
    constraint user_tokens_user_fk foreign key (user_id) references users (id) on delete cascade,
    index user_tokens_user_idx (user_id, purpose, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
