package org.clientele.platform.sessions;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** Around Spring Session's filter: when a request ends, the repository forgets the session it saved for it. */
final class SessionRequestScope implements Filter {

    private final SparingSessionRepository<?> sessions;

    SessionRequestScope(SparingSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            sessions.forget();
        }
    }
}
