package org.clientele.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.identity.CreatedPersonalAccessToken;
import org.clientele.identity.NewPersonalAccessToken;
import org.clientele.identity.Permission;
import org.clientele.identity.PersonalAccessTokenView;
import org.clientele.identity.PersonalAccessTokens;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Personal access tokens")
class PersonalAccessTokensApiController {

    private final PersonalAccessTokens tokens;

    PersonalAccessTokensApiController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Your personal access tokens, newest first, without revoked ones; administrators may pass userId")
    CursorPage<TokenJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Long userId, @AuthenticationPrincipal SignedInUser me) {
        PageRequest page = PageRequest.of(limit, null, cursor, PersonalAccessTokens.DEFAULT_SORT);
        return (userId == null ? tokens.list(me.userId(), page) : tokens.listAny(userId, page)).map(TokenJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One of your personal access tokens (administrators: anyone's)")
    TokenJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Authentication authentication) {
        return TokenJson.of((isAdministrator(authentication) ? tokens.findAny(id) : tokens.findOwn(me.userId(), id))
                .orElseThrow(() -> new RecordNotFoundException("PersonalAccessToken", id)));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Make a personal access token; the answer holds the token, which cannot be had again. "
            + "Needs a session or a token from /api/v1/auth/token, not another personal access token")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedTokenJson create(@RequestBody TokenRequest request, @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response) {
        CreatedPersonalAccessToken created = tokens.create(me.userId(),
                new NewPersonalAccessToken(request.name(), request.scopes(), request.expiresAt()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return Created.at(response, "/api/v1/tokens/" + created.token().id(), CreatedTokenJson.of(created));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Revoke one of your personal access tokens (administrators: anyone's); it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Authentication authentication) {
        if (isAdministrator(authentication)) {
            tokens.revokeAny(id, me.userId());
        }
        else {
            tokens.revokeOwn(me.userId(), id);
        }
        return ResponseEntity.noContent().build();
    }

    private static boolean isAdministrator(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(authority -> Permission.USERS_ADMIN.code().equals(authority.getAuthority()));
    }

    /**
     * @param scopes permission codes such as {@code customers:read}
     * @param expiresAt when the token stops working, at most one year ahead
     */
    record TokenRequest(String name, Set<String> scopes, Instant expiresAt) {
    }

    record TokenJson(String id, String userId, String name, String prefix, List<String> scopes, Instant expiresAt,
            boolean expired, Instant createdAt, Instant lastUsedAt) {

        static TokenJson of(PersonalAccessTokenView token) {
            return new TokenJson(Long.toString(token.id()), Long.toString(token.userId()), token.name(), token.prefix(),
                    token.scopes().stream().map(Permission::code).toList(), token.expiresAt(), token.expired(),
                    token.createdAt(), token.lastUsedAt());
        }
    }

    /** A token just made: the only answer that holds {@code token}. */
    record CreatedTokenJson(String id, String userId, String name, String prefix, List<String> scopes, Instant expiresAt,
            Instant createdAt, String token) {

        static CreatedTokenJson of(CreatedPersonalAccessToken created) {
            TokenJson json = TokenJson.of(created.token());
            return new CreatedTokenJson(json.id(), json.userId(), json.name(), json.prefix(), json.scopes(), json.expiresAt(),
                    json.createdAt(), created.secret());
        }
    }
}
