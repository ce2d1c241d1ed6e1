package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user changes about themselves on the profile page.
 *
 * @param phoneExtension their extension on the company's telephone system (digits, {@code *} and
 *        {@code #}), or blank for none
 */
public record Preferences(@NotBlank @Size(max = 200) String fullName, @NotBlank String language, @NotBlank String timeZone,
        @Pattern(regexp = "[0-9*#]{1,10}|") String phoneExtension) {

    /** Preferences that leave no extension. */
    public Preferences(String fullName, String language, String timeZone) {
        this(fullName, language, timeZone, null);
    }
}
