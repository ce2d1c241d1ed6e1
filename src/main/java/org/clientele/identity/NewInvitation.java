package org.clientele.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A colleague an administrator invites by e-mail; they choose their own password through the link. */
public record NewInvitation(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 320) String email,
        @NotNull Set<Role> roles,
        @NotBlank String language,
        @NotBlank String timeZone) {
}
