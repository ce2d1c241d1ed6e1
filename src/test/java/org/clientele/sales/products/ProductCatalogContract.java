package org.clientele.sales.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceEntry;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.SetupStatus;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.CursorPage;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's list and price lookup on a real database: keyset pages and filters, and which
 * price applies (decision 0013). Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProductCatalogContract {

    static final CurrencyCode EUR = CurrencyCode.of("EUR");
    static final CurrencyCode USD = CurrencyCode.of("USD");
    static final CurrencyCode GBP = CurrencyCode.of("GBP");

    @Autowired
    ProductManagement products;

    @Autowired
    CategoryManagement categories;

    @Autowired
    PriceListManagement priceLists;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ReferenceDataManagement referenceData;

    @Autowired
    SetupStatus setup;

    long adminId;

    @BeforeAll
    void administrator() {
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void aCompanyTypesDatedListBeatsTheGeneralOneAndTheListPriceComesLast() {
        String tag = ProductApiCalls.unique();
        long product = product("Lookup " + tag, ProductKind.GOODS, null, "100.00");
        long reseller = companyType("Reseller");
        long partner = companyType("Partner");
        long general = list("General " + tag, "EUR", null, null, null, true, product, "90.00");
        list("Reseller spring " + tag, "EUR", reseller, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), true, product, "80.00");
        list("Reseller from March " + tag, "EUR", reseller, LocalDate.of(2026, 3, 1), null, true, product, "75.00");
        list("Reseller switched off " + tag, "EUR", reseller, null, null, false, product, "10.00");
        list("Dollars " + tag, "USD", null, null, null, true, product, "120.00");
        list("Partners " + tag, "EUR", partner, null, null, true, product, "70.00");

        assertPrice(product, EUR, null, LocalDate.of(2026, 2, 1), "90.00", PriceSource.PRICE_LIST, "General " + tag);
        assertPrice(product, EUR, reseller, LocalDate.of(2026, 2, 1), "80.00", PriceSource.PRICE_LIST, "Reseller spring " + tag);
        assertPrice(product, EUR, reseller, LocalDate.of(2026, 4, 1), "75.00", PriceSource.PRICE_LIST, "Reseller from March " + tag);
        assertPrice(product, EUR, reseller, LocalDate.of(2026, 7, 15), "75.00", PriceSource.PRICE_LIST, "Reseller from March " + tag);
        assertPrice(product, EUR, reseller, LocalDate.of(2025, 12, 31), "90.00", PriceSource.PRICE_LIST, "General " + tag);
        assertPrice(product, EUR, partner, LocalDate.of(2026, 2, 1), "70.00", PriceSource.PRICE_LIST, "Partners " + tag);
        assertPrice(product, USD, reseller, LocalDate.of(2026, 2, 1), "120.00", PriceSource.PRICE_LIST, "Dollars " + tag);
        assertThat(catalog.priceFor(product, GBP, null, LocalDate.of(2026, 2, 1))).as("no list and another list currency").isEmpty();

        long newer = list("General, newer " + tag, "EUR", null, null, null, true, product, "88.00");
        assertPrice(product, EUR, null, LocalDate.of(2026, 2, 1), "88.00", PriceSource.PRICE_LIST, "General, newer " + tag);

        priceLists.delete(newer);
        PriceListView old = priceLists.find(general).orElseThrow();
        priceLists.change(general, new PriceListForm(old.name(), "EUR", null, null, null, false, old.toForm().entries()), null);
        assertThat(catalog.priceFor(product, EUR, null, LocalDate.of(2026, 2, 1))).hasValueSatisfying(price -> {
            assertThat(price.source()).isEqualTo(PriceSource.LIST_PRICE);
            assertThat(price.priceListId()).isNull();
            assertThat(price.price().sameAs(Money.of("100", "EUR"))).isTrue();
        });
        assertThat(catalog.priceFor(Long.MAX_VALUE, EUR, null, LocalDate.of(2026, 2, 1))).isEmpty();
    }

    @Test
    void listsPageByKeysetWithFiltersAndBothSorts() {
        String tag = ProductApiCalls.unique();
        long top = categories.create(new CategoryForm("Top " + tag, null, 1, true)).id();
        long child = categories.create(new CategoryForm("Child " + tag, top, 1, true)).id();
        long alpha = product("Alpha " + tag, ProductKind.GOODS, top, "1.00");
        long beta = product("Beta " + tag, ProductKind.SERVICE, child, "2.00");
        long gamma = product("Gamma " + tag, ProductKind.SERVICE, null, "3.50");
        products.withdraw(gamma);
        products.moveToStage(beta, ProductStage.RETIRED, adminId);

        CursorPage<ProductSummary> first = products.list(filter(tag, null, null, null, null), PageRequest.of(2, "name", null, "name"));
        assertThat(first.data()).extracting(ProductSummary::id).containsExactly(alpha, beta);
        assertThat(first.data().get(1).categoryName()).isEqualTo("Child " + tag);
        assertThat(first.data().get(0).listPrice().sameAs(Money.of("1", "EUR"))).isTrue();
        CursorPage<ProductSummary> second = products.list(filter(tag, null, null, null, null),
                PageRequest.of(2, "name", first.next(), "name"));
        assertThat(second.data()).extracting(ProductSummary::id).containsExactly(gamma);
        assertThat(second.next()).isNull();

        assertThat(ids(filter(tag, null, null, null, null), "-createdAt")).containsExactly(gamma, beta, alpha);
        assertThat(ids(filter(tag, null, null, null, null), "-name")).containsExactly(gamma, beta, alpha);
        assertThat(ids(filter(null, top, null, null, null), "name")).as("a top-level category takes in its children")
                .containsExactly(alpha, beta);
        assertThat(ids(filter(null, child, null, null, null), "name")).containsExactly(beta);
        assertThat(ids(filter(tag, null, ProductKind.SERVICE, null, null), "name")).containsExactly(beta, gamma);
        assertThat(ids(filter(tag, null, null, false, null), "name")).containsExactly(gamma);
        assertThat(ids(filter(tag, null, null, null, ProductStage.RETIRED), "name")).containsExactly(beta);
        assertThat(ids(filter("code-beta-" + tag, null, null, null, null), "name")).as("found by code").containsExactly(beta);
        assertThat(ids(filter(tag + "%", null, null, null, null), "name")).as("% is taken literally").isEmpty();
        assertThat(catalog.onSale(tag, 10)).extracting(ProductSummary::id).containsExactly(alpha, beta);
    }

    private List<Long> ids(ProductFilter filter, String sort) {
        return products.list(filter, PageRequest.of(50, sort, null, sort)).data().stream().map(ProductSummary::id).toList();
    }

    private static ProductFilter filter(String q, Long categoryId, ProductKind kind, Boolean onSale, ProductStage stage) {
        return new ProductFilter(q, categoryId, kind, onSale, stage);
    }

    private void assertPrice(long product, CurrencyCode currency, Long companyTypeId, LocalDate on, String amount, PriceSource source,
            String listName) {
        assertThat(catalog.priceFor(product, currency, companyTypeId, on)).as("%s %s %s", currency, companyTypeId, on)
                .hasValueSatisfying(price -> {
                    assertThat(price.price().amount()).isEqualByComparingTo(amount);
                    assertThat(price.price().currency()).isEqualTo(currency);
                    assertThat(price.source()).isEqualTo(source);
                    assertThat(price.priceListName()).isEqualTo(listName);
                });
    }

    long product(String name, ProductKind kind, Long categoryId, String price) {
        return products.create(adminId, new ProductForm(name, "CODE-" + name.replace(' ', '-'), kind, null, "piece", new BigDecimal(price), "EUR",
                true, categoryId, ProductStage.DEVELOPMENT)).id();
    }

    private long list(String name, String currency, Long companyTypeId, LocalDate from, LocalDate to, boolean active, long product,
            String price) {
        return priceLists.create(new PriceListForm(name, currency, companyTypeId, from, to, active,
                List.of(new PriceListForm.Entry(product, new BigDecimal(price))))).id();
    }

    private long companyType(String name) {
        return referenceData.all(ReferenceKind.COMPANY_TYPE).stream().filter(type -> type.name().equals(name))
                .map(ReferenceEntry::id).findFirst().orElseThrow();
    }
}
