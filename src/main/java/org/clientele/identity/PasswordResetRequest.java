package org.clientele.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who forgot their password asks for a reset link. */
public record PasswordResetRequest(@NotBlank @Email @Size(max = 320) String email) {
}
