package org.clientele.sales.requests;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestsNavigation {

    @Bean
    NavigationItem requestInboxNavigation() {
        return NavigationItem.main("nav.requests", "/requests", "inbox", 130, "sales:read");
    }

    @Bean
    NavigationItem webFormsNavigation() {
        return NavigationItem.administration("nav.web-forms", "/admin/web-forms", "ui-checks", 125, "settings:admin");
    }
}
