-- Profile pictures: one small square PNG per user, made from the uploaded image. Kept in the
-- database rather than on a local disk so that every node serves the same picture.
create table user_avatars (
    user_id    bigint not null primary key,
    image      mediumblob not null,
    updated_at datetime(6) not null,
    constraint user_avatars_user_fk foreign key (user_id) references users (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
