package org.clientele.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.NewUser;
import org.clientele.identity.Role;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserChanges;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.identity.UserSummary;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersApiController {

    private final UserManagement users;
    private final UserDirectory directory;

    UsersApiController(UserManagement users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "List users, by name unless sort says otherwise (name, email, createdAt; '-' for descending)")
    CursorPage<UserJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active) {
        return directory.list(PageRequest.of(limit, sort, cursor, UserDirectory.DEFAULT_SORT), q, active).map(UserJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "One user")
    UserJson get(@PathVariable long id) {
        return UserJson.of(users.find(id).orElseThrow(() -> new RecordNotFoundException("User", id)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Create a user with a temporary password they must replace at the first sign-in")
    @ResponseStatus(HttpStatus.CREATED)
    UserJson create(@Valid @RequestBody NewUser user, HttpServletResponse response) {
        UserAccount created = users.create(user);
        return Created.at(response, "/api/v1/users/" + created.id(), UserJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Change a user (JSON merge patch): fullName, roles, language, timeZone, active")
    UserJson change(@PathVariable long id, @RequestBody UserPatch patch, @AuthenticationPrincipal SignedInUser me) {
        UserAccount current = users.find(id).orElseThrow(() -> new RecordNotFoundException("User", id));
        if (patch.changesProfile()) {
            current = users.change(id, new UserChanges(
                    patch.fullName() != null ? patch.fullName() : current.fullName(),
                    patch.roles() != null ? patch.roles() : current.roles(),
                    patch.language() != null ? patch.language() : current.locale().getLanguage(),
                    patch.timeZone() != null ? patch.timeZone() : current.timeZone().getId()));
        }
        if (Boolean.FALSE.equals(patch.active()) && current.active()) {
            current = users.deactivate(id, me.userId());
        }
        else if (Boolean.TRUE.equals(patch.active()) && !current.active()) {
            current = users.reactivate(id);
        }
        return UserJson.of(current);
    }

    /** Fields left out of a merge patch stay as they are. */
    record UserPatch(String fullName, Set<Role> roles, String language, String timeZone, Boolean active) {

        boolean changesProfile() {
            return fullName != null || roles != null || language != null || timeZone != null;
        }
    }

    record UserJson(String id, String email, String fullName, boolean active, List<String> roles, String language,
            String timeZone, Instant createdAt, Instant lastLoginAt) {

        static UserJson of(UserAccount account) {
            return new UserJson(Long.toString(account.id()), account.email(), account.fullName(), account.active(),
                    account.roles().stream().map(Enum::name).sorted().toList(), account.locale().getLanguage(),
                    account.timeZone().getId(), account.createdAt(), account.lastLoginAt());
        }

        static UserJson of(UserSummary summary) {
            return new UserJson(Long.toString(summary.id()), summary.email(), summary.fullName(), summary.active(),
                    summary.roles().stream().map(Enum::name).sorted().toList(), null, null, summary.createdAt(),
                    summary.lastLoginAt());
        }
    }
}
