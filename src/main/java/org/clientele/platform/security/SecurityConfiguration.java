package org.clientele.platform.security;

import org.clientele.platform.SignInCsrfToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Three filter chains: the API (and Actuator) with stateless bearer tokens and problem-detail
 * answers, the embeddable public forms, and the pages with a form login, a session and CSRF protection. Which permission each
 * page or call needs is declared by its module on the controller, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline scripts and nothing from other origins. Inline styles stay allowed because
     * Bootstrap's components and Swagger UI set them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC_ASSETS = {"/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/manifest.webmanifest", "/sw.js", "/offline"};

    /** Pages reached from links in mails (invitations, password resets): the link itself is the credential. */
    static final String[] LINKS_FROM_MAILS = {"/invitation/*", "/password-reset", "/password-reset/*"};

    /**
     * Public forms that other sites embed (the sales web-to-lead forms): nobody signs in, so there
     * is no session to protect with a CSRF token; the form itself checks where a post comes from
     * (its allowed origins, through CORS) and says who may frame it: a form's page sends its own
     * Content-Security-Policy, whose frame-ancestors browsers obey over X-Frame-Options; everything
     * else under this path keeps the strict headers of the pages.
     */
    static final String[] EMBEDDABLE_FORMS = {"/forms/*"};


    /**
     * Which bearer tokens are valid is for the module that issues them to say, through an
     * {@link AuthenticationManagerResolver} bean; without one, every token is refused.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<AuthenticationManagerResolver<HttpServletRequest>> bearerTokens,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDenied) throws Exception {
        AuthenticationManagerResolver<HttpServletRequest> tokenCheck = bearerTokens.getIfAvailable(() -> request -> authentication -> {
            throw new InvalidBearerTokenException("No bearer tokens are accepted");
        });
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(tokenCheck)
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain embeddableFormSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(EMBEDDABLE_FORMS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, PageAccessDeniedHandler accessDenied,
            ObjectProvider<AuthenticationFailureHandler> signInFailure) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_ASSETS).permitAll()
                        .requestMatchers("/setup", "/login", "/login/code", "/error").permitAll()
                        .requestMatchers(LINKS_FROM_MAILS).permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> {
                    login.loginPage("/login")
                            .usernameParameter("email")
                            .defaultSuccessUrl("/", false)
                            .failureUrl("/login?error")
                            .permitAll();
                    signInFailure.ifAvailable(login::failureHandler);
                })
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(csrf -> csrf.sessionAuthenticationStrategy(new SignInCsrfToken()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
