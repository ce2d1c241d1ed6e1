package org.clientele.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator may change about a user. */
public record UserChanges(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Set<Role> roles,
        @NotBlank String language,
        @NotBlank String timeZone) {
}
