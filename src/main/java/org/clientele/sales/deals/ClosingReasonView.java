package org.clientele.sales.deals;

/**
 * Why a deal was won ({@code success}) or lost.
 *
 * @param teamId the team it is offered to, or {@code null} for everyone
 */
public record ClosingReasonView(long id, String name, boolean success, Long teamId, int position, boolean active) {
}
