package org.clientele.sales.deals;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DealBoardNavigation {

    /** Deals open on the board; the list and the forecast are tabs beside it. */
    @Bean
    NavigationItem dealBoardNavigationItem() {
        return NavigationItem.main("nav.deals", "/deals/board", "kanban", 130, "sales:read");
    }
}
