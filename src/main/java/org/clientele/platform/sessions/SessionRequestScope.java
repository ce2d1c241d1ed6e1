package org.clientele.platform.sessions;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Around Spring Session's filter: the repository remembers the session it saved only within one
 * request, forgotten at its start too in case a save came from outside any request on this thread.
 */
final class SessionRequestScope implements Filter {

    private final SparingSessionRepository<?> sessions;

    SessionRequestScope(SparingSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        sessions.forget();
        try {
            chain.doFilter(request, response);
        }
        finally {
            sessions.forget();
        }
    }
}
