package org.clientele.billing.quotes.web;

import org.clientele.billing.quotes.QuoteLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The customers' quotation pages, as the public web forms are set up: nobody signs in and no
 * session is made, so there is no cookie for a forged post to ride on and no CSRF token to
 * check; the signed link, which every post carries in its form, is the credential. The pages send
 * no referrer, so the link never leaves with a click elsewhere, and may not be framed.
 */
@Configuration(proxyBeanMethods = false)
class PublicQuoteSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain publicQuoteFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(QuoteLink.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
