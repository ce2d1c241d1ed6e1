package org.clientele.identity;

import jakarta.validation.constraints.NotNull;

/** A password a user chooses through a link sent by mail, typed twice. */
public record ChosenPassword(@NotNull String password, @NotNull String passwordConfirmation) {
}
