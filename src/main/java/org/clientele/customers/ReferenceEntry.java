package org.clientele.customers;

/**
 * One entry of a reference list, such as the lead source "Trade fair".
 *
 * @param teamId the team it is offered to, or {@code null} for everyone
 * @param position where it stands in its list; lower first
 * @param active whether forms still offer it; inactive entries stay on the records that use them
 */
public record ReferenceEntry(long id, String name, Long teamId, int position, boolean active) {
}
