package org.clientele.customers.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.customers.TaggedType;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** What the customer list pages share: the page request, the filters as links, the people a record names. */
final class ListPages {

    static final int PAGE_SIZE = 25;

    private ListPages() {
    }

    /** The page to show; a cursor that does not fit (an edited or outdated link) starts from the first page. */
    static PageRequest pageRequest(String sort, String cursor) {
        try {
            return PageRequest.of(PAGE_SIZE, sort, cursor, sort);
        }
        catch (InvalidInputException ex) {
            return PageRequest.of(PAGE_SIZE, sort, null, sort);
        }
    }

    /** Where to go back to after an action on a list: the list link it was sent from, if it is one of that list. */
    static String backTo(TaggedType type, String back) {
        return back != null && back.startsWith("/" + type.path()) && !back.startsWith("//") ? back : "/" + type.path();
    }

    /** The record's owner, co-owners and creator, whose names a page shows. */
    static List<Long> people(long ownerId, Collection<Long> coOwnerIds, Long createdBy) {
        List<Long> ids = new ArrayList<>();
        ids.add(ownerId);
        ids.addAll(coOwnerIds);
        if (createdBy != null) {
            ids.add(createdBy);
        }
        return ids;
    }

    /** The sort a column header switches to: ascending first (times newest first), descending when it is already ascending. */
    static String toggledSort(String sort, String field) {
        if (field.equals("createdAt")) {
            return sort.equals("-createdAt") ? "createdAt" : "-createdAt";
        }
        return sort.equals(field) ? "-" + field : field;
    }

    /** {@code ascending}, {@code descending} or {@code none}, for a column header's aria-sort. */
    static String ariaSort(String sort, String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }

    /**
     * The filters a list page shows, and links that keep them.
     *
     * @param companyId the company whose contacts are listed, on the contact list; {@code null} otherwise
     * @param more filters only one list has, by parameter name, such as a company's {@code typeId}
     */
    record Filters(String q, Long ownerId, Long teamId, String country, Long companyId, String sort, Map<String, Object> more) {

        Filters {
            more = Collections.unmodifiableMap(new LinkedHashMap<>(more));
        }

        Filters(String q, Long ownerId, Long teamId, String country, Long companyId, String sort) {
            this(q, ownerId, teamId, country, companyId, sort, Map.of());
        }

        /** The same filters and one more, left out of links when {@code null}. */
        Filters with(String parameter, Object value) {
            Map<String, Object> extended = new LinkedHashMap<>(more);
            extended.put(parameter, value);
            return new Filters(q, ownerId, teamId, country, companyId, sort, extended);
        }

        /** The value of a filter added {@link #with}, or {@code null}. */
        public Object value(String parameter) {
            return more.get(parameter);
        }

        /** The list with the same filters and sort as a file to download, such as {@code format=csv}. */
        public String exportLink(String path, String format) {
            return UriComponentsBuilder.fromUriString(link(path, sort, null)).queryParam("format", format).encode().build()
                    .toUriString();
        }

        /** The list in the given sort and from the given cursor, with the same filters. */
        public String link(String path, String sort, String cursor) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (q != null && !q.isBlank()) {
                uri.queryParam("q", q.strip());
            }
            add(uri, "ownerId", ownerId);
            add(uri, "teamId", teamId);
            add(uri, "country", country);
            add(uri, "companyId", companyId);
            more.forEach((name, value) -> add(uri, name, value));
            add(uri, "sort", sort);
            add(uri, "cursor", cursor);
            return uri.encode().build().toUriString();
        }

        /** The sort a column header switches to: ascending first, descending when it is already ascending. */
        public String toggled(String field) {
            return ListPages.toggledSort(sort, field);
        }

        /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
        public String ariaSort(String field) {
            return ListPages.ariaSort(sort, field);
        }

        private static void add(UriComponentsBuilder uri, String name, Object value) {
            if (value != null) {
                uri.queryParam(name, value);
            }
        }
    }
}
