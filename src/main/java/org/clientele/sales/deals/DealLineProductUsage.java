package org.clientele.sales.deals;

import org.clientele.sales.products.ProductUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the catalogue that a product on a deal's line is in use, so it is taken off sale rather than deleted. */
@Component
class DealLineProductUsage implements ProductUsage {

    private final JdbcClient jdbc;

    DealLineProductUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(long productId) {
        return jdbc.sql("select case when exists (select 1 from deal_lines where product_id = ?) then 1 else 0 end").param(productId)
                .query(Integer.class).single() == 1;
    }
}
