package org.clientele.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/** Shows the 403 page to a signed-in user who lacks a permission, and records the refusal. */
@Component
class PageAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
    private final AccessDeniedEvents events;

    PageAccessDeniedHandler(AccessDeniedEvents events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException, ServletException {
        events.publish(request);
        errorPage.handle(request, response, ex);
    }
}
