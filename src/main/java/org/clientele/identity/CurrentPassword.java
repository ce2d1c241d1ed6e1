package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;

/** The user's password, asked again before a change that weakens or renews their sign-in. */
public record CurrentPassword(@NotBlank String currentPassword) {

    /** Never shows the password, should the record end up in a log. */
    @Override
    public String toString() {
        return "CurrentPassword[…]";
    }
}
