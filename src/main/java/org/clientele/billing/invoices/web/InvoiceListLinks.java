package org.clientele.billing.invoices.web;

/**
 * The links of the invoice list: the same filters in another sort or from another cursor.
 *
 * @param filterQuery the filters as a query string (may be empty)
 */
record InvoiceListLinks(String filterQuery, String sort) {

    public String link(String chosenSort, String cursor) {
        StringBuilder link = new StringBuilder("/invoices?sort=").append(chosenSort);
        if (!filterQuery.isEmpty()) {
            link.append('&').append(filterQuery);
        }
        if (cursor != null) {
            link.append("&cursor=").append(cursor);
        }
        return link.toString();
    }

    /** The sort a column header switches to: amounts and dates latest or largest first, numbers ascending first. */
    public String toggled(String field) {
        if (field.equals("number")) {
            return sort.equals(field) ? "-" + field : field;
        }
        return sort.equals("-" + field) ? field : "-" + field;
    }

    /** {@code ascending}, {@code descending} or {@code none}, for a column header's aria-sort. */
    public String ariaSort(String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }
}
