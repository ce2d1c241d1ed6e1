package org.clientele.sales.products;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other areas ask of the catalogue: a product, products to choose for a deal line, and the
 * price that applies to a customer in a currency on a day (decision 0013).
 */
@Service
public class ProductCatalog {

    /**
     * Among the entries that apply, one for the customer's company type beats one for everyone;
     * then the list that began most recently (one without a start counts as the oldest); then
     * the list made last.
     */
    static final Comparator<PriceListEntry> MOST_SPECIFIC_FIRST = Comparator
            .<PriceListEntry, Boolean>comparing(entry -> entry.getPriceList().getCompanyTypeId() == null)
            .thenComparing(entry -> entry.getPriceList().getValidFrom(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(entry -> entry.getPriceList().getId(), Comparator.reverseOrder());

    private final Products products;
    private final PriceListEntries entries;
    private final ProductList list;

    ProductCatalog(Products products, PriceListEntries entries, ProductList list) {
        this.products = products;
        this.entries = entries;
        this.list = list;
    }

    @Transactional(readOnly = true)
    public Optional<ProductView> find(long productId) {
        return products.findById(productId).map(Product::toView);
    }

    /**
     * The price of one unit of the product for a customer of the given company type, in the
     * given currency, on the given day: the most specific entry of an active price list in that
     * currency that is valid on the day and made for that company type or for everyone (see
     * {@link #MOST_SPECIFIC_FIRST}); else the product's list price if it is in that currency;
     * else none. Whether the product is on sale does not matter: deals keep lines of withdrawn
     * products.
     *
     * @param companyTypeId the customer's company type, or {@code null} when unknown: then only lists for everyone apply
     * @return nothing when the product does not exist or has no price in the currency
     */
    @Transactional(readOnly = true)
    public Optional<ProductPrice> priceFor(long productId, CurrencyCode currency, Long companyTypeId, LocalDate on) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(on, "on");
        Optional<Product> product = products.findById(productId);
        if (product.isEmpty()) {
            return Optional.empty();
        }
        Optional<PriceListEntry> best = entries.applicable(productId, currency.value(), companyTypeId, on).stream()
                .min(MOST_SPECIFIC_FIRST);
        if (best.isPresent()) {
            PriceList priceList = best.get().getPriceList();
            return Optional.of(new ProductPrice(productId, new Money(best.get().getPrice(), currency), PriceSource.PRICE_LIST,
                    priceList.getId(), priceList.getName()));
        }
        Money listPrice = product.get().toView().listPrice();
        return listPrice.currency().equals(currency)
                ? Optional.of(new ProductPrice(productId, listPrice, PriceSource.LIST_PRICE, null, null))
                : Optional.empty();
    }

    /** The product's prices on every price list, active or not, by list name: what its page shows. */
    @Transactional(readOnly = true)
    public List<ListedPrice> listedPrices(long productId) {
        return entries.ofProduct(productId).stream().map(entry -> {
            PriceList priceList = entry.getPriceList();
            return new ListedPrice(priceList.getId(), priceList.getName(), priceList.getCompanyTypeId(), priceList.getValidFrom(),
                    priceList.getValidTo(), priceList.isActive(), new Money(entry.getPrice(), CurrencyCode.of(priceList.getCurrency())));
        }).toList();
    }

    /** Products on sale whose name or code holds the text, by name: what a product picker offers. */
    @Transactional(readOnly = true)
    public List<ProductSummary> onSale(String q, int limit) {
        return list.list(new ProductFilter(q, null, null, true, null), new PageRequest(limit, ProductList.DEFAULT_SORT, null)).data();
    }

    /** Names of the products with these ids, those that exist. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> productIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        products.findByIdIn(productIds).forEach(product -> names.put(product.getId(), product.toView().name()));
        return names;
    }

    /**
     * A product's price on one price list.
     *
     * @param companyTypeId the company type the list is for, {@code null} for everyone
     */
    public record ListedPrice(long priceListId, String priceListName, Long companyTypeId, LocalDate validFrom, LocalDate validTo,
            boolean active, Money price) {
    }
}
