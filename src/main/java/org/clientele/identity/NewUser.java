package org.clientele.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user an administrator creates, with a temporary password the user must replace at the first
 * sign-in.
 */
public record NewUser(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank String temporaryPassword,
        @NotNull Set<Role> roles,
        @NotBlank String language,
        @NotBlank String timeZone) {
}
