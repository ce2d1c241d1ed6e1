package org.clientele.sales.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The product pages: list with filters and htmx refresh, form, detail, tracker, categories, price lists and deletion. */
@ClienteleTest
class ProductPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProductManagement products;

    @Autowired
    PriceListManagement priceLists;

    @Autowired
    SetupStatus setup;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void listFiltersAndHtmxRefreshesOnlyTheResults() {
        String tag = ProductApiCalls.unique();
        product("Lamp " + tag, ProductKind.GOODS, "19.90");
        product("Lamp fitting " + tag, ProductKind.SERVICE, "45.00");

        Document page = html(mvc.get().uri("/products?q=" + tag).cookie(admin).exchange());
        assertThat(page.select("nav.navbar a[href=/products]")).as("navigation entry").hasSize(1);
        assertThat(page.select("nav.navbar a[href=/price-lists]")).hasSize(1);
        assertThat(page.select("[data-testid=products] tbody tr")).hasSize(2);
        assertThat(page.select("[data-testid=products] tbody").text()).contains("Lamp " + tag, "€19.90", "per piece", "Development");

        Document services = html(mvc.get().uri("/products?kind=SERVICE&q=" + tag).header("HX-Request", "true").cookie(admin).exchange());
        assertThat(services.select("nav.navbar")).isEmpty();
        assertThat(services.select("#product-results [data-testid=products] tbody tr")).hasSize(1);
        assertThat(services.select("[data-testid=products] tbody").text()).contains("Lamp fitting " + tag).contains("Service");
        assertThat(html(mvc.get().uri("/products?q=nothing-" + tag).header("HX-Request", "true").cookie(admin).exchange())
                .select("[data-testid=products-no-match]")).hasSize(1);
    }

    @Test
    void badInputIsShownNextToTheFieldsAndGoodInputCreatesTheProduct() {
        String tag = ProductApiCalls.unique();
        Document form = html(mvc.post().uri("/products").with(csrf()).cookie(admin).param("name", " ").param("unit", "hour")
                .param("price", "12,5x").param("currency", "EUR").param("kind", "SERVICE").param("stage", "DEVELOPMENT").exchange());
        assertThat(form.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("price");
        assertThat(form.select("#price-errors").text()).isEqualTo("Enter a number such as 12.50.");

        form = html(mvc.post().uri("/products").with(csrf()).cookie(admin).param("name", " ").param("unit", "hour")
                .param("price", "12.5").param("currency", "EURO").param("kind", "SERVICE").param("stage", "DEVELOPMENT").exchange());
        assertThat(form.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("name", "currency");
        assertThat(form.select("#name-errors").text()).isEqualTo("Fill this in.");

        MvcTestResult created = mvc.post().uri("/products").with(csrf()).cookie(admin).param("name", "Consulting " + tag)
                .param("code", "cons-" + tag).param("unit", "hour").param("price", "150").param("currency", "EUR")
                .param("kind", "SERVICE").param("stage", "PRODUCTION").param("onSale", "true").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        Document detail = html(mvc.get().uri(location).cookie(admin).exchange());
        assertThat(detail.select("[data-testid=product-name]").text()).isEqualTo("Consulting " + tag);
        assertThat(detail.select("[data-testid=list-price]").text()).isEqualTo("€150.00");
        assertThat(detail.select("[data-testid=stage-history] li")).hasSize(1);
        assertThat(detail.select("[data-testid=no-prices]")).hasSize(1);
        assertThat(detail.text()).contains("CONS-" + tag.toUpperCase());

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document edit = html(mvc.get().uri(location + "/edit").cookie(admin).exchange());
        assertThat(edit.select("input[name=onSale]").hasAttr("checked")).isTrue();
        assertThat(mvc.post().uri(location).with(csrf()).cookie(admin).param("name", "Consulting " + tag).param("unit", "day")
                .param("price", "1200").param("currency", "EUR").param("kind", "SERVICE").param("stage", "PRODUCTION")
                .param("_onSale", "on").param("version", "0").exchange()).hasRedirectedUrl(location);
        ProductView changed = products.find(id).orElseThrow();
        assertThat(changed.onSale()).as("the box left unticked").isFalse();
        assertThat(changed.code()).as("the code field left empty").isNull();
        assertThat(changed.unit()).isEqualTo("day");
    }

    @Test
    void detailShowsPricesAndHistoryAndTheTrackerGroupsByStage() {
        String tag = ProductApiCalls.unique();
        long id = product("Router " + tag, ProductKind.GOODS, "300.00");
        priceLists.create(new PriceListForm("Dollar list " + tag, "USD", null, null, null, true,
                List.of(new PriceListForm.Entry(id, new BigDecimal("330")))));
        assertThat(mvc.post().uri("/products/" + id + "/stage").with(csrf()).cookie(admin).param("stage", "DELIVERY")
                .param("back", "tracker").exchange()).hasRedirectedUrl("/products/tracker");

        Document detail = html(mvc.get().uri("/products/" + id).cookie(admin).exchange());
        assertThat(detail.select("[data-testid=product-prices] tbody").text()).contains("Dollar list " + tag, "Every customer", "Always",
                "$330.00");
        assertThat(detail.select("[data-testid=stage-history] [data-testid=product-stage]").eachText())
                .containsExactly("Delivery", "Development");

        Document tracker = html(mvc.get().uri("/products/tracker").cookie(admin).exchange());
        assertThat(tracker.select("[data-stage=DELIVERY]").text()).contains("Router " + tag);
        assertThat(tracker.select("[data-stage=DEVELOPMENT]").text()).doesNotContain("Router " + tag);

        Document refused = html(mvc.get().uri("/products/" + id + "/delete").cookie(admin).exchange());
        assertThat(refused.select("[data-testid=product-in-use]")).hasSize(1);
        assertThat(refused.select("[data-testid=confirm-delete]")).isEmpty();
        assertThat(mvc.post().uri("/products/" + id + "/delete").with(csrf()).cookie(admin).exchange())
                .hasRedirectedUrl("/products/" + id);
        assertThat(mvc.post().uri("/products/" + id + "/withdraw").with(csrf()).cookie(admin).exchange())
                .hasRedirectedUrl("/products/" + id);
        assertThat(products.find(id).orElseThrow().onSale()).isFalse();
    }

    @Test
    void anUnusedProductIsDeletedAfterAConfirmation() {
        long id = product("Spare " + ProductApiCalls.unique(), ProductKind.GOODS, "5.00");
        Document confirm = html(mvc.get().uri("/products/" + id + "/delete").cookie(admin).exchange());
        assertThat(confirm.select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(mvc.post().uri("/products/" + id + "/delete").with(csrf()).cookie(admin).exchange()).hasRedirectedUrl("/products");
        assertThat(products.find(id)).isEmpty();
    }

    @Test
    void priceListFormEditsEntriesInPlaceAndMarksTheRowAtFault() {
        String tag = ProductApiCalls.unique();
        long first = product("Cable " + tag, ProductKind.GOODS, "3.00");
        long second = product("Switch " + tag, ProductKind.GOODS, "40.00");

        Document newForm = html(mvc.get().uri("/price-lists/new").cookie(admin).exchange());
        assertThat(newForm.select("[data-testid=price-list-rows] tbody tr")).hasSize(3);
        Document more = html(mvc.post().uri("/price-lists").with(csrf()).cookie(admin).param("name", "Draft").param("currency", "EUR")
                .param("more", "rows").exchange());
        assertThat(more.select("[data-testid=price-list-rows] tbody tr")).hasSize(6);

        Document refused = html(mvc.post().uri("/price-lists").with(csrf()).cookie(admin).param("name", "Shops " + tag)
                .param("currency", "EUR").param("active", "true")
                .param("productIds", "", Long.toString(first), Long.toString(first))
                .param("prices", "", "2.50", "2.40").exchange());
        assertThat(refused.select("#product-2").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#product-2-errors").text()).isEqualTo("This product is on the list already.");
        assertThat(refused.select("#product-1").hasClass("is-invalid")).isFalse();

        MvcTestResult saved = mvc.post().uri("/price-lists").with(csrf()).cookie(admin).param("name", "Shops " + tag)
                .param("currency", "EUR").param("active", "true").param("validFrom", "2026-01-01")
                .param("productIds", Long.toString(first), "", Long.toString(second)).param("prices", "2.50", "", "37").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        Document list = html(mvc.get().uri(saved.getResponse().getRedirectedUrl()).cookie(admin).exchange());
        assertThat(list.select("[data-testid=price-list-entries] tbody tr")).hasSize(2);
        assertThat(list.select("[data-testid=price-list-entries] tbody").text()).contains("Cable " + tag, "€2.50", "Switch " + tag,
                "€37.00");
        assertThat(list.text()).contains("2026-01-01 to …");
        assertThat(html(mvc.get().uri("/price-lists").cookie(admin).exchange()).select("[data-testid=price-lists]").text())
                .contains("Shops " + tag);
    }

    @Test
    void categoriesAreAddedAndOnlyUnusedOnesDeleted() {
        String tag = ProductApiCalls.unique();
        assertThat(mvc.post().uri("/products/categories").with(csrf()).cookie(admin).param("name", "Cables " + tag)
                .param("position", "3").exchange()).hasRedirectedUrl("/products/categories");
        Document refused = html(mvc.post().uri("/products/categories").with(csrf()).cookie(admin).param("name", " ").exchange());
        assertThat(refused.select("#new-name-errors").text()).isEqualTo("Fill this in.");

        Document page = html(mvc.get().uri("/products/categories").cookie(admin).exchange());
        assertThat(page.select("[data-testid=categories] input[name=name]").eachAttr("value")).contains("Cables " + tag);
        String path = page.select("[data-testid=categories] a.btn-outline-danger").stream()
                .filter(link -> link.closest("form").select("input[name=name]").attr("value").equals("Cables " + tag))
                .findFirst().orElseThrow().attr("href");
        assertThat(html(mvc.get().uri(path).cookie(admin).exchange()).select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(mvc.post().uri(path).with(csrf()).cookie(admin).exchange()).hasRedirectedUrl("/products/categories");
        assertThat(html(mvc.get().uri("/products/categories").cookie(admin).exchange()).select("input[name=name]").eachAttr("value"))
                .doesNotContain("Cables " + tag);
    }

    private long product(String name, ProductKind kind, String price) {
        return products.create(adminId, new ProductForm(name, null, kind, null, "piece", new BigDecimal(price), "EUR", true, null,
                ProductStage.DEVELOPMENT)).id();
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
