package org.clientele.sales.shipments;

import org.clientele.sales.products.ProductUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the catalogue that a product that was shipped is in use, so its shipments keep naming a product that exists. */
@Component
class ShipmentProductUsage implements ProductUsage {

    private final JdbcClient jdbc;

    ShipmentProductUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(long productId) {
        return jdbc.sql("select case when exists (select 1 from shipments where product_id = ?) then 1 else 0 end").param(productId)
                .query(Integer.class).single() == 1;
    }
}
