package org.clientele.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.api.ProblemType;
import org.clientele.platform.api.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers an API call that lacks a permission with 403 problem details. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;
    private final AccessDeniedEvents events;

    ProblemAccessDeniedHandler(Problems problems, AccessDeniedEvents events) {
        this.problems = problems;
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        events.publish(request);
        problems.write(response, problems.of(ProblemType.FORBIDDEN, problems.message("problem.forbidden.detail")));
    }
}
