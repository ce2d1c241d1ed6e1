package org.clientele.billing.invoices.web;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientele.billing.invoices.InvoiceKind;
import org.clientele.billing.invoices.InvoiceListFilter;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.shared.InvalidInputException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter parameters the invoice list page and the API share. Pages read them leniently (an
 * unknown status filters nothing); the API refuses it with 422.
 */
record InvoiceListParameters(@Schema(description = "Text in the customer's name or the number") String q,
        @Schema(description = "DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE or VOID") String status,
        @Schema(description = "INVOICE or CREDIT_NOTE") String kind,
        @Schema(description = "true for open invoices past their due date") Boolean overdue,
        @Schema(description = "A company id") Long companyId, @Schema(description = "A contact id") Long contactId) {

    InvoiceListFilter strictly() {
        InvoiceStatus chosenStatus = known(InvoiceStatus.class, status);
        if (status != null && !status.isBlank() && chosenStatus == null) {
            throw InvalidInputException.of("status", "validation.invoices.status-unknown");
        }
        InvoiceKind chosenKind = known(InvoiceKind.class, kind);
        if (kind != null && !kind.isBlank() && chosenKind == null) {
            throw InvalidInputException.of("kind", "validation.invoices.kind-unknown");
        }
        return new InvoiceListFilter(q, chosenStatus, chosenKind, Boolean.TRUE.equals(overdue), companyId, contactId);
    }

    InvoiceListFilter leniently() {
        return new InvoiceListFilter(q, known(InvoiceStatus.class, status), known(InvoiceKind.class, kind), Boolean.TRUE.equals(overdue),
                companyId, contactId);
    }

    /** The query string of these filters, for links of the list that keep them. */
    String query() {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        InvoiceListFilter filter = leniently();
        add(link, "q", q == null || q.isBlank() ? null : q);
        add(link, "status", filter.status());
        add(link, "kind", filter.kind());
        add(link, "overdue", filter.overdue() ? "true" : null);
        add(link, "companyId", companyId);
        add(link, "contactId", contactId);
        String query = link.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip())).findFirst().orElse(null);
    }
}
