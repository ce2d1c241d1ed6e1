package org.clientele.sales.deals;

/** A closing reason as an administrator enters it; {@code teamId} {@code null} offers it to everyone. */
public record ClosingReasonForm(String name, boolean success, Long teamId) {
}
