package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;

/** A code from an authenticator app (or, where allowed, a recovery code), as a form sends it. */
public record OneTimeCode(@NotBlank String code) {
}
