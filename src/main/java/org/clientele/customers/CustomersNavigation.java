package org.clientele.customers;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomersNavigation {

    @Bean
    NavigationItem companiesNavigation() {
        return NavigationItem.main("nav.companies", "/companies", "buildings", 100, "customers:read");
    }

    @Bean
    NavigationItem contactsNavigation() {
        return NavigationItem.main("nav.contacts", "/contacts", "person-lines-fill", 110, "customers:read");
    }

    @Bean
    NavigationItem leadsNavigation() {
        return NavigationItem.main("nav.leads", "/leads", "person-plus", 105, "customers:read");
    }

    @Bean
    NavigationItem tagsNavigation() {
        return NavigationItem.main("nav.tags", "/tags", "tags", 115, "customers:read");
    }

    @Bean
    NavigationItem segmentsNavigation() {
        return NavigationItem.main("nav.segments", "/segments", "collection", 116, "customers:read");
    }

    @Bean
    NavigationItem importsNavigation() {
        return NavigationItem.main("nav.imports", "/imports", "upload", 117, "customers:write");
    }

    @Bean
    NavigationItem referenceDataNavigation() {
        return NavigationItem.administration("nav.reference-data", "/admin/reference-data/lead-sources", "list-ul", 120,
                "settings:admin");
    }
}
