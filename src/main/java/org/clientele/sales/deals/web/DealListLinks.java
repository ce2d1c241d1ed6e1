package org.clientele.sales.deals.web;

/**
 * The links of the deal list: the same filters in another sort or from another cursor.
 *
 * @param filterQuery the filters as a query string (may be empty)
 */
record DealListLinks(String filterQuery, String sort) {

    public String link(String chosenSort, String cursor) {
        StringBuilder link = new StringBuilder("/deals?sort=").append(chosenSort);
        if (!filterQuery.isEmpty()) {
            link.append('&').append(filterQuery);
        }
        if (cursor != null) {
            link.append("&cursor=").append(cursor);
        }
        return link.toString();
    }

    /** The sort a column header switches to: amounts and times largest first, the rest ascending first. */
    public String toggled(String field) {
        boolean descendingFirst = field.equals("amount") || field.equals("createdAt");
        if (descendingFirst) {
            return sort.equals("-" + field) ? field : "-" + field;
        }
        return sort.equals(field) ? "-" + field : field;
    }

    /** {@code ascending}, {@code descending} or {@code none}, for a column header's aria-sort. */
    public String ariaSort(String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }
}
