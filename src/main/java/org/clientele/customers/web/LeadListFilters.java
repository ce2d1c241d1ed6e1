package org.clientele.customers.web;

import java.time.LocalDate;

import org.clientele.customers.LeadStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters the lead list shows, and links that keep them. */
record LeadListFilters(String q, LeadStatus status, Long ownerId, Long teamId, Long sourceId, String country, String sort,
        Long tagId, LocalDate createdFrom, LocalDate createdTo) {

    LeadListFilters(String q, LeadStatus status, Long ownerId, Long teamId, Long sourceId, String country, String sort) {
        this(q, status, ownerId, teamId, sourceId, country, sort, null, null, null);
    }

    /** The list in the given sort and from the given cursor, with the same filters. */
    public String link(String sort, String cursor) {
        return link(status, sort, cursor);
    }

    /** The list with the same filters and sort as a file to download, such as {@code format=csv}. */
    public String exportLink(String format) {
        return UriComponentsBuilder.fromUriString(link(status, sort, null).replaceFirst("^/leads", "/leads/export"))
                .queryParam("format", format).encode().build().toUriString();
    }

    /** The list with another status (a tab), the same other filters and sort, from the first page. */
    public String withStatus(LeadStatus status) {
        return link(status, sort, null);
    }

    /** The sort a column header switches to: ascending first, descending when it is already ascending. */
    public String toggled(String field) {
        return ListPages.toggledSort(sort, field);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
    public String ariaSort(String field) {
        return ListPages.ariaSort(sort, field);
    }

    private String link(LeadStatus status, String sort, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/leads");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        add(uri, "status", status);
        add(uri, "ownerId", ownerId);
        add(uri, "teamId", teamId);
        add(uri, "sourceId", sourceId);
        add(uri, "country", country);
        add(uri, "tag", tagId);
        add(uri, "createdFrom", createdFrom);
        add(uri, "createdTo", createdTo);
        add(uri, "sort", sort);
        add(uri, "cursor", cursor);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
