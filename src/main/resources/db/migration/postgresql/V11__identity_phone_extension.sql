-- A user's extension on the company's telephone system, for click-to-call and for matching calls.
alter table users add column phone_extension varchar(10);
alter table users_aud add column phone_extension varchar(10);
