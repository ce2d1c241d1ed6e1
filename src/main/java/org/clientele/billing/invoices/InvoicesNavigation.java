package org.clientele.billing.invoices;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Invoices in the main menu; the aging report is reached from the invoice list. */
@Configuration(proxyBeanMethods = false)
class InvoicesNavigation {

    @Bean
    NavigationItem invoicesMenuNavigation() {
        return NavigationItem.main("nav.invoices", "/invoices", "receipt", 150, "billing:read");
    }
}
