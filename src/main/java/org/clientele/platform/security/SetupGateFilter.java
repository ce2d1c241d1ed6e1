package org.clientele.platform.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SetupStatus;
import org.clientele.platform.api.ApiRequests;
import org.clientele.platform.api.ProblemType;
import org.clientele.platform.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Until the first administrator exists, leads every page to the setup page and answers API calls
 * with 503; afterwards, the setup page leads to the sign-in page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SetupGateFilter extends OncePerRequestFilter {

    private static final PathPattern[] ALWAYS_OPEN = Stream.concat(Arrays.stream(SecurityConfiguration.PUBLIC_ASSETS),
                    Stream.of("/error", "/actuator/health", "/actuator/health/**"))
            .map(PathPatternParser.defaultInstance::parse)
            .toArray(PathPattern[]::new);

    private final SetupStatus setupStatus;
    private final Problems problems;

    SetupGateFilter(SetupStatus setupStatus, Problems problems) {
        this.setupStatus = setupStatus;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean setupPage = path.equals("/setup");
        if (setupStatus.isComplete()) {
            if (setupPage) {
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        else if (!setupPage && !alwaysOpen(path)) {
            if (ApiRequests.isApiPath(path)) {
                problems.write(response, problems.of(ProblemType.SETUP_REQUIRED, problems.message("problem.setup-required.detail")));
            }
            else {
                response.sendRedirect(request.getContextPath() + "/setup");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean alwaysOpen(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : ALWAYS_OPEN) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }
}
