package org.clientele.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the per-address {@link LoginThrottle} to the sign-in form and the code page before any
 * password or code is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityLog log;

    LoginThrottleFilter(LoginThrottle throttle, SecurityLog log) {
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && ("/login".equals(path) || SignInFailureHandler.CODE_PAGE.equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttle.allows(request.getRemoteAddr())) {
            log.record(SecurityEventType.LOGIN_THROTTLED, null, request.getParameter("email"), "sign-in form");
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
