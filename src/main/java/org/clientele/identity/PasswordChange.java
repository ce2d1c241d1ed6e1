package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;

/** A user replacing their own password. */
public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword,
        @NotBlank String newPasswordConfirmation) {
}
