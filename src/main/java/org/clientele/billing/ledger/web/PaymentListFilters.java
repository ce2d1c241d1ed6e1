package org.clientele.billing.ledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.clientele.billing.ledger.LedgerList;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionFilter;
import org.clientele.billing.ledger.TransactionKind;
import org.springframework.web.util.UriComponentsBuilder;

/** The ledger list's filters and sort as the page sends them; what cannot be read is left out. */
record PaymentListFilters(String direction, String kind, Long categoryId, String from, String to, String q, String sort) {

    PaymentListFilters {
        sort = sort == null || !LedgerList.SORTS.contains(sort) ? LedgerList.DEFAULT_SORT : sort;
    }

    TransactionFilter toFilter() {
        return new TransactionFilter(choice(TransactionDirection.class, direction), choice(TransactionKind.class, kind), categoryId,
                date(from), date(to), q == null || q.isBlank() ? null : q.strip());
    }

    /** The list's address with these filters, the given sort and, for a further page, the cursor. */
    public String link(String sortBy, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/payments");
        add(uri, "direction", direction);
        add(uri, "kind", kind);
        add(uri, "categoryId", categoryId == null ? null : categoryId.toString());
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "q", q);
        add(uri, "sort", sortBy);
        add(uri, "cursor", cursor);
        return uri.build().encode().toUriString();
    }

    /** The sort a click on a column heading asks for: the same column the other way round, or another column newest or largest first. */
    public String toggled(String field) {
        return sort.equals("-" + field) ? field : "-" + field;
    }

    /** The {@code aria-sort} value of a column heading. */
    public String ariaSort(String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        }
        catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
