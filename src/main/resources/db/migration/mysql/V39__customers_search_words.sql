-- Global search on MySQL and MariaDB through the words of names (decision 26), as PostgreSQL
-- searches since decision 23. The trigram table of V15 held some fifteen rows per record and a typo
-- matched tens of thousands of records by a trigram or two, all of which were counted and ranked
-- (about 2 s over a million contacts). Now:
-- - customer_search_words holds each word of the searched names once per record type (thousands of
--   rows for a million contacts), and customer_search_word_trigrams the trigrams of those words, so
--   that the words closest to a word of the text are found among the words, not among the names;
-- - customer_search_record_words holds which record's name holds which word, so that the records
--   holding the close words are read by an index.
-- The module writes them in the same transaction as the record (SearchWords), the data generator in
-- bulk; records written before this migration are indexed when the application starts. Words are
-- only added: a word whose last record went stays and simply finds nothing. Words are compared as
-- written (binary): they are cut and lowered by the application.
create table customer_search_words (
    record_type varchar(10)  not null,
    word        varchar(100) character set utf8mb4 collate utf8mb4_bin not null,
    primary key (record_type, word)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table customer_search_word_trigrams (
    record_type varchar(10)  not null,
    trigram     varchar(3)   character set utf8mb4 collate utf8mb4_bin not null,
    word        varchar(100) character set utf8mb4 collate utf8mb4_bin not null,
    primary key (record_type, trigram, word)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table customer_search_record_words (
    record_type varchar(10)  not null,
    word        varchar(100) character set utf8mb4 collate utf8mb4_bin not null,
    record_id   bigint       not null,
    primary key (record_type, word, record_id),
    index customer_search_record_words_record_idx (record_type, record_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

drop table customer_search_trigrams;
