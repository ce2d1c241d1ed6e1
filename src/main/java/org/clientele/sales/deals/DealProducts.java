package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.util.List;

import org.clientele.platform.BulkData;

/** The catalogue's products on sale, as deal lines take them: id, name and list price in the main currency. */
final class DealProducts {

    private final List<Product> products;

    DealProducts(BulkData data) {
        products = data.jdbc().sql("select id, name, price from products where on_sale = ? order by id").param(true)
                .query((rs, n) -> new Product(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("price"))).list();
        if (products.isEmpty()) {
            throw new IllegalStateException("Deals are generated with product lines, and no product is on sale");
        }
    }

    int count() {
        return products.size();
    }

    long id(int index) {
        return products.get(index).id();
    }

    String name(int index) {
        String name = products.get(index).name();
        return name.length() > 500 ? name.substring(0, 500) : name;
    }

    BigDecimal price(int index) {
        return products.get(index).price();
    }

    private record Product(long id, String name, BigDecimal price) {
    }
}
