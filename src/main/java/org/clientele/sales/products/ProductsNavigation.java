package org.clientele.sales.products;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductsNavigation {

    @Bean
    NavigationItem productListNavigation() {
        return NavigationItem.main("nav.products", "/products", "box-seam", 300, "sales:read");
    }

    @Bean
    NavigationItem productTrackerNavigation() {
        return NavigationItem.main("nav.product-tracker", "/products/tracker", "kanban", 305, "sales:read");
    }

    @Bean
    NavigationItem priceListsNavigation() {
        return NavigationItem.main("nav.price-lists", "/price-lists", "tags", 310, "sales:read");
    }
}
