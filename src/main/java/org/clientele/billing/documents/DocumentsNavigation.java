package org.clientele.billing.documents;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavigationItem billingSettingsNavigation() {
        return NavigationItem.administration("nav.billing-settings", "/admin/billing", "receipt", 238, "settings:admin");
    }
}
