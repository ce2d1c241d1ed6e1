package org.clientele.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The setup page's form: the first administrator and whether to add demo data. */
public record NewAdministrator(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank String password,
        @NotBlank String passwordConfirmation,
        @NotBlank String language,
        @NotBlank String timeZone,
        Boolean demoData) {

    public static NewAdministrator blank(String language, String timeZone) {
        return new NewAdministrator("", "", "", "", language, timeZone, false);
    }

    /** An unchecked box sends nothing at all, which reads as no. */
    public boolean wantsDemoData() {
        return Boolean.TRUE.equals(demoData);
    }
}
