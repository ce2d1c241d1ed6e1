package org.clientele.sales.deals;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deals in the main menu (the board, with the list and the forecast as tabs beside it); pipelines and closing reasons under administration. */
@Configuration(proxyBeanMethods = false)
class DealsNavigation {

    @Bean
    NavigationItem dealsMenuNavigation() {
        return NavigationItem.main("nav.deals", "/deals/board", "kanban", 130, "sales:read");
    }

    @Bean
    NavigationItem pipelinesNavigation() {
        return NavigationItem.administration("nav.pipelines", "/admin/pipelines", "kanban", 300, "settings:admin");
    }

    @Bean
    NavigationItem closingReasonsNavigation() {
        return NavigationItem.administration("nav.closing-reasons", "/admin/closing-reasons", "flag", 301, "settings:admin");
    }
}
