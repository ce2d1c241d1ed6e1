-- Two-factor sign-in with authenticator apps (TOTP, RFC 6238). The app's key has to be read
-- again to check codes, so it is kept encrypted (AES-256-GCM, sealed for "totp:<user id>"), never
-- in clear. A row whose enabled_at is null is an enrolment the user has not confirmed with a code
-- yet. last_used_step is the 30-second step of the last code accepted: that step and every
-- earlier one are refused from then on, so a code cannot be replayed.
create table user_two_factor (
    user_id        bigint not null primary key,
    secret_sealed  varchar(200) character set ascii collate ascii_bin not null,
    created_at     datetime(6) not null,
    enabled_at     datetime(6) null,
    last_used_step bigint null,
    constraint user_two_factor_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Single-use recovery codes for when the app is lost. Only the SHA-256 of each code is kept.
create table user_recovery_codes (
    id         bigint not null auto_increment primary key,
    user_id    bigint not null,
    code_hash  char(64) character set ascii collate ascii_bin not null,
    created_at datetime(6) not null,
    used_at    datetime(6) null,
    constraint user_recovery_codes_uk unique (user_id, code_hash),
    constraint user_recovery_codes_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
