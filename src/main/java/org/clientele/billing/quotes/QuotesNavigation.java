package org.clientele.billing.quotes;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotations in the main menu. */
@Configuration(proxyBeanMethods = false)
class QuotesNavigation {

    @Bean
    NavigationItem quotesMenuNavigation() {
        return NavigationItem.main("nav.quotes", "/quotes", "file-earmark-text", 150, "billing:read");
    }
}
