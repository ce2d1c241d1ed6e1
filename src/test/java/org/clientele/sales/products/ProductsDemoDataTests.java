package org.clientele.sales.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;
import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo catalogue, loaded at start-up into a database of its own (the context of {@code CustomersDemoDataTests}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ProductsDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductCatalog catalog;

    @Test
    void goodsAndServicesInTwoCategoriesWithADollarPriceList() {
        assertThat(count("select count(*) from product_categories")).isEqualTo(2);
        assertThat(count("select count(*) from products where kind = 'GOODS'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from products where kind = 'SERVICE'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from products where category_id is null")).isZero();
        assertThat(count("select count(distinct stage) from products")).as("stages the tracker shows").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from products p where not exists (select 1 from product_stage_history h "
                + "where h.product_id = p.id and h.left_at is null and h.stage = p.stage)")).as("products without a current stage")
                .isZero();
        assertThat(count("select count(*) from price_lists where currency = 'USD'")).isEqualTo(1);
        long installation = jdbc.sql("select id from products where code = 'SRV-INST'").query(Long.class).single();
        assertThat(catalog.priceFor(installation, CurrencyCode.of("USD"), null, LocalDate.now())).hasValueSatisfying(price ->
                assertThat(price.price().amount()).isEqualByComparingTo("110"));
        assertThat(catalog.priceFor(installation, CurrencyCode.of("EUR"), null, LocalDate.now())).hasValueSatisfying(price ->
                assertThat(price.source()).isEqualTo(PriceSource.LIST_PRICE));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
