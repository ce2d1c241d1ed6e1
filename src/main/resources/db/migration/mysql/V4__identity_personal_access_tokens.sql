-- Personal access tokens. The token itself is never stored: only the SHA-256 hash of the whole
-- token (to find it when presented) and its first characters (to tell tokens apart on screen).
create table personal_access_tokens (
    id           bigint not null auto_increment primary key,
    user_id      bigint not null,
    name         varchar(100) not null,
    token_prefix varchar(16) not null,
    token_hash   varchar(64) character set ascii collate ascii_bin not null,
    scopes       varchar(1000) not null,
    expires_at   datetime(6) not null,
    created_at   datetime(6) not null,
    last_used_at datetime(6) null,
    revoked_at   datetime(6) null,
    constraint personal_access_tokens_hash_uk unique (token_hash),
    constraint personal_access_tokens_user_fk foreign key (user_id) references users (id) on delete cascade,
    index personal_access_tokens_user_idx (user_id, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
