package org.clientele.sales.products.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientele.sales.products.PriceListForm;
import org.clientele.sales.products.PriceListView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The price list form as the page sends it: the entries as two lists of the same length, one row
 * per product; rows left blank are ignored.
 */
record PriceListPageForm(String name, String currency, Long companyTypeId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, Boolean active, List<String> productIds, List<String> prices,
        Long version) {

    /** Blank rows a form offers for new entries. */
    static final int BLANK_ROWS = 3;

    PriceListPageForm {
        productIds = productIds == null ? List.of() : productIds;
        prices = prices == null ? List.of() : prices;
    }

    static PriceListPageForm empty(String currency) {
        return new PriceListPageForm(null, currency, null, null, null, true, List.of(), List.of(), null);
    }

    static PriceListPageForm of(PriceListView list) {
        return new PriceListPageForm(list.name(), list.currency().value(), list.companyTypeId(), list.validFrom(), list.validTo(),
                list.active(), list.entries().stream().map(entry -> Long.toString(entry.productId())).toList(),
                list.entries().stream().map(entry -> entry.price().amount().toPlainString()).toList(), list.version());
    }

    /** The rows as entered, blank ones included, padded with {@code blank} more. */
    List<Row> rows(int blank) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(productIds.size(), prices.size()); i++) {
            rows.add(new Row(i < productIds.size() ? productIds.get(i) : null, i < prices.size() ? prices.get(i) : null));
        }
        for (int i = 0; i < blank; i++) {
            rows.add(new Row(null, null));
        }
        return rows;
    }

    /** The rows that are not blank, by their index among all rows. */
    List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        List<Row> rows = rows(0);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** @param filled the rows {@link #filledRows()} names, in order; a number that cannot be read becomes a problem of the service */
    PriceListForm toForm(List<Integer> filled) {
        List<Row> rows = rows(0);
        List<PriceListForm.Entry> entries = filled.stream().map(rows::get)
                .map(row -> new PriceListForm.Entry(number(row.productId()) == null ? null : number(row.productId()).longValue(),
                        number(row.price())))
                .toList();
        return new PriceListForm(name, currency, companyTypeId, validFrom, validTo, Boolean.TRUE.equals(active), entries);
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    record Row(String productId, String price) {

        boolean blank() {
            return (productId == null || productId.isBlank()) && (price == null || price.isBlank());
        }
    }
}
