-- Product lines of deals and shipments refer to the catalogue (V23) now that both exist: a product
-- in use cannot be deleted (the catalogue takes it off sale instead), so no reference dangles.
alter table deal_lines add constraint deal_lines_product_fk foreign key (product_id) references products (id);
alter table shipments add constraint shipments_product_fk foreign key (product_id) references products (id);
