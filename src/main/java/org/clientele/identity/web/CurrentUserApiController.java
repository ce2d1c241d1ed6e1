package org.clientele.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Users")
class CurrentUserApiController {

    private final UserManagement users;

    CurrentUserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The user the bearer token belongs to, with their permissions")
    CurrentUser me(Authentication authentication) {
        SignedInUser me = (SignedInUser) authentication.getPrincipal();
        UserAccount account = users.find(me.userId()).orElseThrow(() -> new RecordNotFoundException("User", me.userId()));
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> !authority.startsWith("ROLE_"))
                .sorted()
                .toList();
        return new CurrentUser(Long.toString(account.id()), account.email(), account.fullName(),
                account.locale().toLanguageTag(), account.timeZone().getId(), account.phoneExtension(),
                account.roles().stream().map(Enum::name).sorted().toList(), authorities);
    }

    record CurrentUser(String id, String email, String fullName, String language, String timeZone, String phoneExtension,
            List<String> roles,
            List<String> permissions) {
    }
}
