package org.clientele.sales.requests.web;

import org.clientele.sales.requests.RequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox's filters as the page shows them, and the links that keep them while the sort or page changes. */
record RequestListFilters(RequestFilter filter, String sort) {

    public String link(String withSort, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/requests");
        add(uri, "q", filter.q() == null || filter.q().isBlank() ? null : filter.q());
        add(uri, "status", filter.status());
        add(uri, "source", filter.source());
        add(uri, "ownerId", filter.ownerId());
        add(uri, "flag", filter.flag());
        add(uri, "unverified", filter.unverified() ? "true" : null);
        add(uri, "sort", withSort);
        add(uri, "cursor", cursor);
        return uri.encode().build().toUriString();
    }

    /** The sort after a click on a column: the other direction of this column, else its natural one. */
    public String toggled(String field) {
        return sort.equals(field) ? "-" + field : sort.equals("-" + field) ? field : field.equals("receivedAt") ? "-" + field : field;
    }

    public String ariaSort(String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
