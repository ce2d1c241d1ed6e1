package org.clientele.sales.currencies.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.clientele.sales.currencies.ExchangeRateFilter;
import org.clientele.sales.currencies.ExchangeRateList;
import org.clientele.shared.CurrencyCode;
import org.springframework.web.util.UriComponentsBuilder;

/** The rate list's query parameters as typed; what does not read as a code or a date is left out of the filter. */
record RateListFilters(String from, String to, String date, String sort) {

    static final String PATH = "/admin/currencies/rates";

    RateListFilters {
        sort = "date".equals(sort) ? "date" : ExchangeRateList.DEFAULT_SORT;
    }

    ExchangeRateFilter toFilter() {
        return new ExchangeRateFilter(code(from), code(to), parsedDate());
    }

    /** The sort the date column's header switches to. */
    public String toggled() {
        return "date".equals(sort) ? "-date" : "date";
    }

    public String ariaSort() {
        return "date".equals(sort) ? "ascending" : "descending";
    }

    public String link(String sort, String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        add(link, "from", from);
        add(link, "to", to);
        add(link, "date", date);
        link.queryParam("sort", sort);
        add(link, "cursor", cursor);
        return link.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value);
        }
    }

    private LocalDate parsedDate() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static CurrencyCode code(String value) {
        return value != null && CurrencyCode.isValid(value) ? CurrencyCode.of(value) : null;
    }
}
