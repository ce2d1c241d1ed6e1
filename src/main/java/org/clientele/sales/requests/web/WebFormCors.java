package org.clientele.sales.requests.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.sales.requests.WebFormManagement;
import org.clientele.sales.requests.WebFormView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for the public web forms: each form lets exactly its allowed origins post to it with
 * {@code fetch} (preflight included). A cross-origin post from anywhere else — a script or a plain
 * HTML form, whose browser sends the Origin header too — is refused with 403 before it reaches the
 * form, so the origin check applies to every way of posting.
 */
@Configuration(proxyBeanMethods = false)
class WebFormCors {

    @Bean
    FilterRegistrationBean<CorsFilter> webFormCorsFilter(WebFormManagement forms) {
        CorsFilter filter = new CorsFilter(request -> configuration(forms, request));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(PublicWebFormController.PATH + "/*");
        registration.setName("webFormCorsFilter");
        return registration;
    }

    /** The form's origins, or nothing for an unknown form (which then answers 404 itself). */
    private static CorsConfiguration configuration(WebFormManagement forms, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String token = path.substring(path.lastIndexOf('/') + 1);
        WebFormView form = forms.published(token).orElse(null);
        if (form == null) {
            return null;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(form.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of("Content-Type", "Accept"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
        return configuration;
    }
}
