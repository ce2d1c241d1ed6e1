-- The distinct words of the searched names of companies, contacts and leads (decision 23). The
-- global search's tolerant step looks for the words closest to each word of the text here, a
-- table of thousands of rows, instead of ranking every record that shares a few trigrams with the
-- text (tens of thousands of a million contacts); it then reads the records holding those words.
-- Words are only added: a word whose last record went stays and simply finds nothing.
create table customer_search_words (
    record_type varchar(10)  not null,
    word        varchar(100) not null,
    primary key (record_type, word)
);
create index customer_search_words_word_idx on customer_search_words using gin (word gin_trgm_ops);

-- Kept by statement triggers, so that every writer keeps it (forms, the API, imports with COPY,
-- merges, the data generator) at the cost of one set insert per statement. Words are cut as
-- pg_trgm cuts them (runs of letters and digits) from the name expressions of V15 and V16 and
-- inserted in order, so that two transactions adding the same new words take their locks in the
-- same order.
create function customer_search_words_add(record_type varchar, names text[]) returns void language sql as $$
    insert into customer_search_words (record_type, word)
    select distinct record_type, left(word, 100)
    from unnest(names) as name, regexp_split_to_table(lower(name), '[^[:alnum:]]+') as word
    where word <> ''
    order by 2
    on conflict do nothing
$$;

create function companies_search_words() returns trigger language plpgsql as $$
begin
    perform customer_search_words_add('company',
        array(select sort_name || ' ' || lower(coalesce(alternative_names, '')) from written));
    return null;
end $$;

create function contacts_search_words() returns trigger language plpgsql as $$
begin
    perform customer_search_words_add('contact', array(select sort_name from written));
    return null;
end $$;

create function leads_search_words() returns trigger language plpgsql as $$
begin
    perform customer_search_words_add('lead', array(select sort_name || ' ' || lower(coalesce(company_name, '')) from written));
    return null;
end $$;

create trigger companies_search_words_insert after insert on companies
    referencing new table as written for each statement execute function companies_search_words();
create trigger companies_search_words_update after update on companies
    referencing new table as written for each statement execute function companies_search_words();
create trigger contacts_search_words_insert after insert on contacts
    referencing new table as written for each statement execute function contacts_search_words();
create trigger contacts_search_words_update after update on contacts
    referencing new table as written for each statement execute function contacts_search_words();
create trigger leads_search_words_insert after insert on leads
    referencing new table as written for each statement execute function leads_search_words();
create trigger leads_search_words_update after update on leads
    referencing new table as written for each statement execute function leads_search_words();

select customer_search_words_add('company', array(select sort_name || ' ' || lower(coalesce(alternative_names, '')) from companies));
select customer_search_words_add('contact', array(select sort_name from contacts));
select customer_search_words_add('lead', array(select sort_name || ' ' || lower(coalesce(company_name, '')) from leads));
