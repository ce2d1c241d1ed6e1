package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user changes about themselves on the profile page. */
public record Preferences(@NotBlank @Size(max = 200) String fullName, @NotBlank String language, @NotBlank String timeZone) {
}
