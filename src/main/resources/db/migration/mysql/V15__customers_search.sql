-- Global search over companies and contacts (module customers) on MySQL and MariaDB, which have no
-- trigram index (decision 6): the trigrams of each record's name, as pg_trgm would cut them, written
-- by the module in the same transaction as the record. A search counts the trigrams a record shares
-- with the search text. Records written before this migration are indexed when the application starts.
create table customer_search_trigrams (
    record_type varchar(20) not null,
    record_id   bigint not null,
    trigram     varchar(3) character set utf8mb4 collate utf8mb4_bin not null,
    primary key (record_type, trigram, record_id),
    index customer_search_trigrams_record_idx (record_type, record_id)
);
