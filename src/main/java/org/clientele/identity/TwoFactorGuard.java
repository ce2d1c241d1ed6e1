package org.clientele.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends a signed-in user whose role requires two-factor sign-in, and who has not set it up, to the
 * enrolment page before anything else. A user with a temporary password replaces it first
 * ({@link TemporaryPasswordGuard}).
 */
@Configuration(proxyBeanMethods = false)
class TwoFactorGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final String ENROLMENT_PAGE = "/profile/two-factor/enrolment";

    private final TwoFactorPolicy policy;
    private final TwoFactorStore store;

    TwoFactorGuard(TwoFactorPolicy policy, TwoFactorStore store) {
        this.policy = policy;
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(ENROLMENT_PAGE, TemporaryPasswordGuard.PASSWORD_PAGE, "/api/**", "/error",
                "/login", SignInFailureHandler.CODE_PAGE, "/setup", "/webjars/**", "/css/**", "/js/**", "/images/**",
                "/favicon.ico", "/manifest.webmanifest");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClienteleUserDetails user
                && !user.passwordChangeRequired() && policy.requiredFor(user.roles()) && !store.enabled(user.userId())) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return false;
        }
        return true;
    }
}
