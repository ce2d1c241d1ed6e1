package org.clientele.platform.web;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem jobsNavigation() {
        return NavigationItem.administration("nav.jobs", "/admin/jobs", "clock-history", 900, "settings:admin");
    }

    @Bean
    NavigationItem apiDocumentationNavigation() {
        return NavigationItem.administration("nav.api-docs", "/swagger-ui.html", "braces", 990, null);
    }
}
