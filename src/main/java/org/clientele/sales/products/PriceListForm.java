package org.clientele.sales.products;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A price list as entered.
 *
 * @param companyTypeId a company type of the customers module, or {@code null} for every customer
 * @param validFrom first day it applies, or {@code null} for since ever
 * @param validTo last day it applies, or {@code null} for no end
 * @param entries products and their prices in {@code currency}, each product once
 */
public record PriceListForm(String name, String currency, Long companyTypeId, LocalDate validFrom, LocalDate validTo,
        boolean active, List<Entry> entries) {

    public PriceListForm {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public record Entry(Long productId, BigDecimal price) {
    }
}
