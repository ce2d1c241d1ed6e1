package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductView;

/**
 * Lines for generated quotations and invoices in the main currency: mostly catalogue products at
 * their list price, now and then a free line for travel or freight, with the default tax rate (a
 * few with the lowest rates), as a user would fill them in.
 */
public final class GeneratedLines {

    private static final String[] FREE_LINES = {"Travel expenses", "Freight and packaging", "Express delivery", "Project management"};
    private static final BigDecimal[] DISCOUNTS = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("2.5")};
    private static final int MAX_UNIT = 20;

    private final List<ProductView> products;
    private final List<TaxRateView> rates;
    private final TaxRateView standard;

    private GeneratedLines(List<ProductView> products, List<TaxRateView> rates, TaxRateView standard) {
        this.products = products;
        this.rates = rates;
        this.standard = standard;
    }

    /** Reads the generated products (shared as {@code products}) in the currency and the active tax rates, once. */
    public static GeneratedLines of(BulkData data, ProductCatalog catalog, TaxRates taxRates, String currency) {
        List<ProductView> products = new ArrayList<>();
        for (long id : data.shared("products")) {
            catalog.find(id).filter(product -> product.onSale() && product.listPrice().currency().value().equals(currency))
                    .ifPresent(products::add);
        }
        List<TaxRateView> rates = taxRates.active().stream().sorted(Comparator.comparing(TaxRateView::percent).reversed()).toList();
        TaxRateView standard = taxRates.defaultRate().orElse(rates.isEmpty() ? null : rates.get(0));
        return new GeneratedLines(products, rates, standard);
    }

    /** One to four lines. */
    public List<ResolvedLine> draw(SplittableRandom random) {
        int count = 1 + Math.min(random.nextInt(5), 3);
        List<ResolvedLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TaxRateView rate = rate(random.nextInt(100));
            boolean included = rate != null && rate.includedByDefault();
            BigDecimal discount = DISCOUNTS[random.nextInt(DISCOUNTS.length)];
            if (products.isEmpty() || random.nextInt(100) < 10) {
                BigDecimal price = BigDecimal.valueOf(40 + random.nextInt(900)).add(BigDecimal.valueOf(random.nextInt(100), 2));
                lines.add(line(null, FREE_LINES[random.nextInt(FREE_LINES.length)], BigDecimal.ONE, null, price, BigDecimal.ZERO, rate,
                        included));
                continue;
            }
            ProductView product = products.get(random.nextInt(products.size()));
            BigDecimal price = product.listPrice().amount();
            String unit = product.unit().length() > MAX_UNIT ? product.unit().substring(0, MAX_UNIT) : product.unit();
            lines.add(line(product.id(), product.name(), quantity(random, price, unit), unit, price, discount, rate, included));
        }
        return lines;
    }

    private static BigDecimal quantity(SplittableRandom random, BigDecimal price, String unit) {
        double value = price.doubleValue();
        if (unit.equals("hour")) {
            return BigDecimal.valueOf(2 + random.nextInt(60)).divide(BigDecimal.valueOf(2));
        }
        int whole = value > 10_000 ? 1 + random.nextInt(2) : value > 1_000 ? 1 + random.nextInt(5)
                : value > 100 ? 1 + random.nextInt(20) : 10 * (1 + random.nextInt(20));
        return BigDecimal.valueOf(whole);
    }

    /** The default rate on most lines, the others on a few. */
    private TaxRateView rate(int percentile) {
        if (percentile < 90 || rates.size() < 2) {
            return standard;
        }
        return rates.get(1 + percentile % (rates.size() - 1));
    }

    private static ResolvedLine line(Long productId, String description, BigDecimal quantity, String unit, BigDecimal price,
            BigDecimal discount, TaxRateView rate, boolean included) {
        return new ResolvedLine(productId, description, quantity, unit, price, discount, rate == null ? null : rate.id(),
                rate == null ? null : rate.name(), rate == null ? BigDecimal.ZERO : rate.percent(), included);
    }
}
