package org.clientele.sales.requests;

/**
 * What a user decides about a request's match.
 *
 * @param action {@link Action#CONFIRM} the automatic match, {@link Action#CHOOSE} the given records
 *        (each may be {@code null}), or {@link Action#CLEAR} it
 */
public record MatchChoice(Action action, Long contactId, Long companyId, Long leadId) {

    public enum Action {
        CONFIRM, CHOOSE, CLEAR
    }

    public static MatchChoice confirm() {
        return new MatchChoice(Action.CONFIRM, null, null, null);
    }

    public static MatchChoice clear() {
        return new MatchChoice(Action.CLEAR, null, null, null);
    }
}
