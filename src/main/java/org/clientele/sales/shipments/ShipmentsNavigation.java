package org.clientele.sales.shipments;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ShipmentsNavigation {

    @Bean
    NavigationItem deliveriesNavigation() {
        return NavigationItem.main("nav.deliveries", "/shipments", "truck", 140, "sales:read");
    }

    @Bean
    NavigationItem shipmentStagesNavigation() {
        return NavigationItem.administration("nav.shipment-stages", "/admin/shipment-stages", "truck-flatbed", 235, "settings:admin");
    }
}
