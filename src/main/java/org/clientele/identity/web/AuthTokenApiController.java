package org.clientele.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.clientele.identity.ApiTokens;
import org.clientele.identity.ApiTokens.IssuedToken;
import org.clientele.identity.SecondFactorException;
import org.clientele.platform.api.ProblemType;
import org.clientele.platform.api.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthTokenApiController {

    private final ApiTokens tokens;
    private final Problems problems;

    AuthTokenApiController(ApiTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange an e-mail address and password (and, with two-factor sign-in, a code) for a short-lived "
            + "bearer token")
    @SecurityRequirements
    IssuedToken token(@Valid @RequestBody TokenRequest request) {
        return tokens.issue(request.email(), request.password(), request.otp());
    }

    /**
     * A right password without the second factor it needs: 401 with a detail that says a code is
     * needed (or was wrong), or 403 when the user's role requires two-factor sign-in that they
     * have not set up, which no code can mend. {@code reason} says which, for programs.
     */
    @ExceptionHandler(SecondFactorException.class)
    ResponseEntity<ProblemDetail> secondFactor(SecondFactorException ex) {
        ProblemDetail problem = switch (ex.reason()) {
            case CODE_REQUIRED -> problems.of(ProblemType.UNAUTHENTICATED, problems.message("problem.unauthenticated.otp-required"));
            case CODE_REJECTED -> problems.of(ProblemType.UNAUTHENTICATED, problems.message("problem.unauthenticated.otp-rejected"));
            case ENROLMENT_REQUIRED -> problems.of(ProblemType.FORBIDDEN, problems.message("problem.forbidden.two-factor-enrolment"));
        };
        problem.setProperty("reason", switch (ex.reason()) {
            case CODE_REQUIRED -> "otp_required";
            case CODE_REJECTED -> "otp_invalid";
            case ENROLMENT_REQUIRED -> "two_factor_enrolment_required";
        });
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(problem);
    }

    record TokenRequest(@NotBlank String email, @NotBlank String password,
            @Schema(description = "The current six-digit code of the user's authenticator app; required when they use "
                    + "two-factor sign-in. Recovery codes are not accepted here.", example = "492039", nullable = true)
            String otp) {
    }
}
