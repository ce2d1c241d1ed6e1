package org.clientele.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.api.ProblemType;
import org.clientele.platform.api.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Answers an API call without valid credentials with 401 problem details. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(response, problems.of(ProblemType.UNAUTHENTICATED,
                problems.message(tokenSent ? "problem.unauthenticated.invalid-token" : "problem.unauthenticated.detail")));
    }
}
