package org.clientele.billing.ledger;

import org.clientele.customers.CustomerPagePanel;
import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerNavigation {

    @Bean
    NavigationItem paymentsNavigation() {
        return NavigationItem.main("nav.payments", "/payments", "cash-coin", 170, "billing:read");
    }

    @Bean
    NavigationItem transactionCategoriesNavigation() {
        return NavigationItem.administration("nav.transaction-categories", "/admin/transaction-categories", "tags", 260,
                "settings:admin");
    }

    /** The customer's financial profile on company and contact pages. */
    @Bean
    CustomerPagePanel financialProfilePanel() {
        return new CustomerPagePanel("ledger.profile.title", "billing:read", 100, "/ledger/customers/company/{id}/profile",
                "/ledger/customers/contact/{id}/profile");
    }
}
