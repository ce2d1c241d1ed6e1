package org.clientele.sales.products;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/** A price list with its entries, each naming its product. */
public record PriceListView(long id, long version, String name, CurrencyCode currency, Long companyTypeId, LocalDate validFrom,
        LocalDate validTo, boolean active, List<Entry> entries, Instant createdAt, Instant updatedAt) {

    public PriceListForm toForm() {
        return new PriceListForm(name, currency.value(), companyTypeId, validFrom, validTo, active,
                entries.stream().map(entry -> new PriceListForm.Entry(entry.productId(), entry.price().amount())).toList());
    }

    public record Entry(long productId, String productName, String productCode, Money price) {
    }
}
