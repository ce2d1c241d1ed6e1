-- Profile pictures: one small square PNG per user, made from the uploaded image. Kept in the
-- database rather than on a local disk so that every node serves the same picture.
create table user_avatars (
    user_id    bigint primary key references users (id) on delete cascade,
    image      bytea not null,
    updated_at timestamp with time zone not null
);
