package org.clientele.sales.currencies;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CurrenciesNavigation {

    /** In the administration menu; sales users may look at rates, administrators change them. */
    @Bean
    NavigationItem currencyAdministrationNavigation() {
        return NavigationItem.administration("nav.currencies", "/admin/currencies", "currency-exchange", 130, "sales:read");
    }
}
