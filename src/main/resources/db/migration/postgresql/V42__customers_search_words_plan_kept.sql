-- The statement triggers of V33 call customer_search_words_add for every statement that writes
-- companies, contacts or leads. As a SQL function, PostgreSQL parsed and planned its insert on
-- every call; as PL/pgSQL, each session prepares it once and keeps the plan. The insert is the
-- same; only its plan is kept.
create or replace function customer_search_words_add(record_type varchar, names text[]) returns void language plpgsql as $$
begin
    insert into customer_search_words (record_type, word)
    select distinct customer_search_words_add.record_type, left(word, 100)
    from unnest(names) as name, regexp_split_to_table(lower(name), '[^[:alnum:]]+') as word
    where word <> ''
    order by 2
    on conflict do nothing;
end $$;
