package org.clientele.billing.pricing;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PricingNavigation {

    @Bean
    NavigationItem taxRatesNavigation() {
        return NavigationItem.administration("nav.tax-rates", "/admin/tax-rates", "percent", 240, "settings:admin");
    }
}
