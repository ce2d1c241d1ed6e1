package org.clientele.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing of its own: with observations on, it wraps each of the dozen
 * filters of a chain, every authentication and every authorization in a timed observation, a
 * tenth of an API call's CPU in a flight recording. What operators are promised stays: every
 * request is still timed as {@code http.server.requests}, with its status and outcome, by the
 * servlet filter in front of the chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
