package org.clientele.sales.requests;

/**
 * What the inbox is narrowed to; every member optional.
 *
 * @param q a ticket code, words of the sender's name, or part of their e-mail address or company
 * @param flag {@code duplicate}, {@code case} or {@code pending}
 * @param unverified only requests with an automatic match nobody has confirmed yet
 */
public record RequestFilter(String q, RequestStatus status, RequestSource source, Long ownerId, String flag, boolean unverified) {

    public static final java.util.List<String> FLAGS = java.util.List.of("duplicate", "case", "pending");

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, false);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && status == null && source == null && ownerId == null && flag == null && !unverified;
    }
}
