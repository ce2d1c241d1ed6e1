package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductPrice;
import org.clientele.sales.products.ProductView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the lines of a quotation, invoice or credit note and fills in what the catalogue and the
 * tax rates give: a product's name and price where the user left them out, and the rate's name,
 * percent and inclusive default copied onto the line.
 */
@Service
public class DocumentLines {

    /** Lines one document may have. */
    public static final int MAX_LINES = 500;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_UNIT = 20;
    /** Decimals a quantity or unit price keeps ({@code DECIMAL(19, 6)} columns). */
    static final int SCALE = 6;
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProductCatalog catalog;
    private final TaxRates taxRates;

    DocumentLines(ProductCatalog catalog, TaxRates taxRates) {
        this.catalog = catalog;
        this.taxRates = taxRates;
    }

    /**
     * @param companyTypeId the customer's company type for price lists, or {@code null}
     * @return the lines in the order given, each complete
     * @throws InvalidInputException naming every problem, as {@code lines}, {@code lines[0].quantity}, …
     */
    @Transactional(readOnly = true)
    public List<ResolvedLine> resolve(CurrencyCode currency, Long companyTypeId, List<DocumentLineInput> inputs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) {
            throw InvalidInputException.of("lines", "validation.billing.lines-required");
        }
        if (inputs.size() > MAX_LINES) {
            throw InvalidInputException.of("lines", "validation.billing.lines-too-many", MAX_LINES);
        }
        List<ResolvedLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            lines.add(resolve(new LineChecks(problems, "lines[" + i + "]."), currency, companyTypeId, inputs.get(i)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(lines);
    }

    /** A discount on the whole document: none, or 0 to 100 with at most four decimals. */
    public void checkDocumentDiscount(BigDecimal percent) {
        if (percent != null && !isPercent(percent)) {
            throw InvalidInputException.of("documentDiscountPercent", "validation.billing.percent");
        }
    }

    private ResolvedLine resolve(LineChecks checks, CurrencyCode currency, Long companyTypeId, DocumentLineInput input) {
        if (input == null) {
            checks.reject("description", "validation.billing.required");
            return null;
        }
        String description = text(input.description());
        BigDecimal unitPrice = input.unitPrice();
        if (input.productId() != null) {
            Optional<ProductView> product = catalog.find(input.productId());
            if (product.isEmpty()) {
                checks.reject("productId", "validation.billing.product-unknown");
            }
            else {
                description = description == null ? product.get().name() : description;
                if (unitPrice == null) {
                    unitPrice = catalog.priceFor(input.productId(), currency, companyTypeId, LocalDate.now(ZoneOffset.UTC))
                            .map(ProductPrice::price).map(Money::amount).orElse(null);
                }
            }
        }
        String unit = text(input.unit());
        if (description == null) {
            checks.reject("description", "validation.billing.required");
        }
        checks.length("description", description, MAX_DESCRIPTION);
        checks.length("unit", unit, MAX_UNIT);
        checkQuantity(checks, input.quantity());
        checkUnitPrice(checks, unitPrice);
        BigDecimal discount = input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent();
        if (!isPercent(discount)) {
            checks.reject("discountPercent", "validation.billing.percent");
        }
        Optional<TaxRateView> rate = Optional.empty();
        if (input.taxRateId() != null) {
            rate = taxRates.find(input.taxRateId()).filter(TaxRateView::active);
            if (rate.isEmpty()) {
                checks.reject("taxRateId", "validation.billing.tax-rate-unknown");
            }
        }
        boolean included = input.taxIncluded() != null ? input.taxIncluded() : rate.map(TaxRateView::includedByDefault).orElse(false);
        return new ResolvedLine(input.productId(), description, input.quantity(), unit, unitPrice, discount,
                rate.map(TaxRateView::id).orElse(null), rate.map(TaxRateView::name).orElse(null),
                rate.map(TaxRateView::percent).orElse(BigDecimal.ZERO), included);
    }

    private static void checkQuantity(LineChecks checks, BigDecimal quantity) {
        if (quantity == null) {
            checks.reject("quantity", "validation.billing.required");
        }
        else if (quantity.signum() == 0) {
            checks.reject("quantity", "validation.billing.quantity-zero");
        }
        else if (!fits(quantity)) {
            checks.reject("quantity", "validation.billing.decimal", SCALE);
        }
    }

    private static void checkUnitPrice(LineChecks checks, BigDecimal unitPrice) {
        if (unitPrice == null) {
            checks.reject("unitPrice", "validation.billing.required");
        }
        else if (!fits(unitPrice)) {
            checks.reject("unitPrice", "validation.billing.decimal", SCALE);
        }
    }

    /** Whether a {@code DECIMAL(19, 6)} column keeps the value exactly. */
    private static boolean fits(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= SCALE && value.abs().compareTo(LIMIT) < 0;
    }

    private static boolean isPercent(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0 && percent.stripTrailingZeros().scale() <= 4;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The problems of one line, named with the line's prefix. */
    private record LineChecks(List<FieldProblem> problems, String prefix) {

        void reject(String field, String code, Object... arguments) {
            problems.add(new FieldProblem(prefix + field, code, arguments));
        }

        void length(String field, String value, int max) {
            if (value != null && value.length() > max) {
                reject(field, "validation.billing.too-long", max);
            }
        }
    }
}
