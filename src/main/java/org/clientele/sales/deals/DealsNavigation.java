package org.clientele.sales.deals;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration pages of pipelines and closing reasons. */
@Configuration(proxyBeanMethods = false)
class DealsNavigation {

    @Bean
    NavigationItem pipelinesNavigation() {
        return NavigationItem.administration("nav.pipelines", "/admin/pipelines", "kanban", 300, "settings:admin");
    }

    @Bean
    NavigationItem closingReasonsNavigation() {
        return NavigationItem.administration("nav.closing-reasons", "/admin/closing-reasons", "flag", 301, "settings:admin");
    }
}
