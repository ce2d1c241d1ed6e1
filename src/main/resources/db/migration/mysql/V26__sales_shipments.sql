-- Shipments (module sales, area shipments): the delivery of a deal's goods, planned and actual.
-- A shipment belongs to a deal and usually to one of its product lines; product_id and description
-- are copied from the line so the shipment keeps its meaning when the line is edited or removed
-- (deal_line_id is then cleared). shipped_on is the actual delivery date; a shipment without it is
-- planned. pipeline_shipment_stages names, per pipeline, the stage a deal moves to when a shipment
-- of it is recorded as shipped (the seed's "goods shipped" stage); pipelines without one stay put.
create table shipments (
    id            bigint not null auto_increment primary key,
    version       bigint not null default 0,
    deal_id       bigint not null,
    deal_line_id  bigint,
    product_id    bigint,
    description   varchar(500) not null,
    quantity      decimal(19, 4) not null,
    planned_on    date,
    shipped_on    date,
    serial_number varchar(100),
    tracking_code varchar(100),
    note          varchar(1000),
    created_at    datetime(6) not null,
    updated_at    datetime(6) not null,
    created_by    bigint,
    constraint shipments_deal_fk foreign key (deal_id) references deals (id) on delete cascade,
    constraint shipments_line_fk foreign key (deal_line_id) references deal_lines (id) on delete set null,
    index shipments_deal_idx (deal_id, planned_on, id),
    index shipments_line_idx (deal_line_id),
    index shipments_open_idx (shipped_on, planned_on, id),
    index shipments_shipped_idx (shipped_on, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pipeline_shipment_stages (
    pipeline_id bigint not null primary key,
    stage_id    bigint not null,
    constraint pipeline_shipment_stages_pipeline_fk foreign key (pipeline_id) references pipelines (id) on delete cascade,
    constraint pipeline_shipment_stages_stage_fk foreign key (stage_id) references pipeline_stages (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table shipments_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    deal_id       bigint,
    deal_line_id  bigint,
    product_id    bigint,
    description   varchar(500),
    quantity      decimal(19, 4),
    planned_on    date,
    shipped_on    date,
    serial_number varchar(100),
    tracking_code varchar(100),
    note          varchar(1000),
    primary key (id, rev),
    constraint shipments_aud_rev_fk foreign key (rev) references audit_revisions (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
