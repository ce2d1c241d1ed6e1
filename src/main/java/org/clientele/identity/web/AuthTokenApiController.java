package org.clientele.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.clientele.identity.ApiTokens;
import org.clientele.identity.ApiTokens.IssuedToken;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthTokenApiController {

    private final ApiTokens tokens;

    AuthTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange an e-mail address and password for a short-lived bearer token")
    @SecurityRequirements
    IssuedToken token(@Valid @RequestBody TokenRequest request) {
        return tokens.issue(request.email(), request.password());
    }

    record TokenRequest(@NotBlank String email, @NotBlank String password) {
    }
}
