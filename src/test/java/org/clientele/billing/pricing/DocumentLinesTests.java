package org.clientele.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.clientele.platform.SetupStatus;
import org.clientele.sales.products.PriceListForm;
import org.clientele.sales.products.PriceListManagement;
import org.clientele.sales.products.ProductForm;
import org.clientele.sales.products.ProductKind;
import org.clientele.sales.products.ProductManagement;
import org.clientele.sales.products.ProductStage;
import org.clientele.sales.products.ProductView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lines checked and completed from the catalogue and the tax rates, and every problem named by its line. */
@ClienteleTest
class DocumentLinesTests {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Autowired
    DocumentLines lines;

    @Autowired
    TaxRateManagement rates;

    @Autowired
    ProductManagement products;

    @Autowired
    PriceListManagement priceLists;

    @Autowired
    SetupStatus setup;

    @Test
    void aProductGivesNameAndPriceAndTheRateGivesNamePercentAndInclusion() {
        String tag = unique();
        TaxRateView gross = rates.create(new TaxRateForm("Gross " + tag, new BigDecimal("19"), true));
        TaxRateView net = rates.create(new TaxRateForm("Net " + tag, new BigDecimal("7.5"), false));
        ProductView product = product("Desk " + tag, "250.00", "EUR");
        priceLists.create(new PriceListForm("Dollars " + tag, "USD", null, null, null, true,
                List.of(new PriceListForm.Entry(product.id(), new BigDecimal("280.00")))));

        List<ResolvedLine> resolved = lines.resolve(EUR, null, List.of(
                new DocumentLineInput(product.id(), null, new BigDecimal("2"), "pcs", null, null, gross.id(), null),
                new DocumentLineInput(product.id(), " Desk, oak ", new BigDecimal("1.5"), null, new BigDecimal("199.999999"),
                        new BigDecimal("12.5"), net.id(), true),
                new DocumentLineInput(null, "Delivery", BigDecimal.ONE, null, new BigDecimal("30"), null, null, null)));

        assertThat(resolved).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build()).containsExactly(
                new ResolvedLine(product.id(), "Desk " + tag, new BigDecimal("2"), "pcs", new BigDecimal("250.0000"), BigDecimal.ZERO,
                        gross.id(), "Gross " + tag, gross.percent(), true),
                new ResolvedLine(product.id(), "Desk, oak", new BigDecimal("1.5"), null, new BigDecimal("199.999999"),
                        new BigDecimal("12.5"), net.id(), "Net " + tag, net.percent(), true),
                new ResolvedLine(null, "Delivery", BigDecimal.ONE, null, new BigDecimal("30"), BigDecimal.ZERO, null, null, BigDecimal.ZERO,
                        false));
        assertThat(lines.resolve(CurrencyCode.of("USD"), null,
                List.of(new DocumentLineInput(product.id(), null, BigDecimal.ONE, null, null, null, null, null))).get(0).unitPrice())
                .as("the price list in the document's currency").isEqualByComparingTo("280.00");
    }

    @Test
    void everyProblemIsNamedByItsLine() {
        String tag = unique();
        TaxRateView retired = rates.create(new TaxRateForm("Retired " + tag, new BigDecimal("16"), false));
        rates.activate(retired.id(), false);
        ProductView dollarsOnly = product("Lamp " + tag, "40.00", "USD");

        assertThatThrownBy(() -> lines.resolve(EUR, null, List.of(
                new DocumentLineInput(null, " ", BigDecimal.ZERO, null, BigDecimal.TEN, new BigDecimal("100.01"), retired.id(), null),
                new DocumentLineInput(dollarsOnly.id(), null, new BigDecimal("0.0000001"), "x".repeat(21), null, null, 999_999_999L, null),
                new DocumentLineInput(999_999_999L, null, null, null, new BigDecimal("1.1234567"), new BigDecimal("-1"), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageCode).containsExactly(
                                tuple("lines[0].description", "validation.billing.required"),
                                tuple("lines[0].quantity", "validation.billing.quantity-zero"),
                                tuple("lines[0].discountPercent", "validation.billing.percent"),
                                tuple("lines[0].taxRateId", "validation.billing.tax-rate-unknown"),
                                tuple("lines[1].unit", "validation.billing.too-long"),
                                tuple("lines[1].quantity", "validation.billing.decimal"),
                                tuple("lines[1].unitPrice", "validation.billing.required"),
                                tuple("lines[1].taxRateId", "validation.billing.tax-rate-unknown"),
                                tuple("lines[2].productId", "validation.billing.product-unknown"),
                                tuple("lines[2].description", "validation.billing.required"),
                                tuple("lines[2].quantity", "validation.billing.required"),
                                tuple("lines[2].unitPrice", "validation.billing.decimal"),
                                tuple("lines[2].discountPercent", "validation.billing.percent")));
        assertThatThrownBy(() -> lines.resolve(EUR, null, List.of())).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("lines"));
    }

    @Test
    void aDocumentDiscountIsFromZeroToAHundred() {
        lines.checkDocumentDiscount(null);
        lines.checkDocumentDiscount(new BigDecimal("0"));
        lines.checkDocumentDiscount(new BigDecimal("100.00"));
        for (String wrong : List.of("-0.01", "100.01", "2.00001")) {
            assertThatThrownBy(() -> lines.checkDocumentDiscount(new BigDecimal(wrong))).as(wrong)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("documentDiscountPercent"));
        }
    }

    private ProductView product(String name, String price, String currency) {
        return products.create(setup.firstAdministratorId().orElseThrow(), new ProductForm(name, null, ProductKind.GOODS, null, "piece",
                new BigDecimal(price), currency, true, null, ProductStage.PRODUCTION));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
