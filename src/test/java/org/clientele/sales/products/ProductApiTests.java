package org.clientele.sales.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/products}, {@code /api/v1/product-categories} and {@code /api/v1/price-lists}. */
@ClienteleTest
class ProductApiTests {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String CATEGORIES = "/api/v1/product-categories";
    private static final String PRICE_LISTS = "/api/v1/price-lists";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ReferenceDataManagement referenceData;

    private ProductApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ProductApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void createsReadsChangesMovesAndDeletesAProduct() {
        String tag = ProductApiCalls.unique();
        String category = admin.create(CATEGORIES, "{\"name\": \"Tools " + tag + "\"}");
        MvcTestResult created = admin.post(PRODUCTS, """
                {"name": " Drill %s ", "code": "drl-%s", "kind": "goods", "unit": "piece", "categoryId": "%s",
                 "listPrice": {"amount": "129.9", "currency": "eur"}, "description": "Cordless."}""".formatted(tag, tag, category));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Drill " + tag))
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("DRL-" + tag.toUpperCase()))
                .hasPathSatisfying("$.kind", kind -> assertThat(kind).isEqualTo("GOODS"))
                .hasPathSatisfying("$.listPrice.amount", amount -> assertThat(amount).isEqualTo("129.90"))
                .hasPathSatisfying("$.listPrice.currency", currency -> assertThat(currency).isEqualTo("EUR"))
                .hasPathSatisfying("$.onSale", onSale -> assertThat(onSale).isEqualTo(true))
                .hasPathSatisfying("$.stage", stage -> assertThat(stage).isEqualTo("DEVELOPMENT"));
        String id = ProductApiCalls.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(PRODUCTS + "/" + id);

        assertThat(admin.patch(PRODUCTS + "/" + id, "{\"stage\": \"PRODUCTION\", \"description\": null, \"version\": 0}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.stage", stage -> assertThat(stage).isEqualTo("PRODUCTION"))
                .hasPathSatisfying("$.description", description -> assertThat(description).isNull())
                .hasPathSatisfying("$.listPrice.amount", amount -> assertThat(amount).isEqualTo("129.90"));
        assertThat(admin.patch(PRODUCTS + "/" + id, "{\"name\": \"Late\", \"version\": 0}")).as("an outdated version").hasStatus(409);
        assertThat(admin.get(PRODUCTS + "/" + id + "/stages")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].stage", stages -> assertThat(stages).asList().containsExactly("PRODUCTION", "DEVELOPMENT"))
                .hasPathSatisfying("$[0].leftAt", left -> assertThat(left).isNull())
                .hasPathSatisfying("$[1].leftAt", left -> assertThat(left).isNotNull());

        assertThat(admin.get(PRODUCTS + "?q=drill " + tag + "&kind=GOODS&onSale=true&stage=production&categoryId=" + category))
                .hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(id);
        assertThat(admin.get(PRODUCTS + "?q=" + tag + "&kind=SERVICE")).hasStatusOk().bodyJson().extractingPath("$.data").asArray()
                .isEmpty();
        assertThat(admin.delete(CATEGORIES + "/" + category)).as("the category is in use").hasStatus(409);
        assertThat(admin.delete(PRODUCTS + "/" + id)).hasStatus(204);
        assertThat(admin.get(PRODUCTS + "/" + id)).hasStatus(404);
        assertThat(admin.delete(CATEGORIES + "/" + category)).hasStatus(204);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        String tag = ProductApiCalls.unique();
        admin.create(PRODUCTS, "{\"name\": \"Taken " + tag + "\", \"code\": \"TAKEN-" + tag + "\", \"unit\": \"piece\", "
                + "\"listPrice\": {\"amount\": \"1\", \"currency\": \"EUR\"}}");

        assertThat(admin.post(PRODUCTS, """
                {"name": " ", "code": "taken-%s", "unit": "", "categoryId": "999999999",
                 "listPrice": {"amount": "-1", "currency": "EURO"}}""".formatted(tag)))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "code", "unit", "categoryId", "listPrice.amount", "listPrice.currency");
        assertThat(admin.post(PRODUCTS, "{\"name\": \"X\", \"unit\": \"piece\", \"listPrice\": {\"amount\": \"1.23456\", "
                + "\"currency\": \"EUR\"}, \"kind\": \"THING\", \"colour\": \"red\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("kind", "colour");
        assertThat(admin.post(PRODUCTS, "{\"name\": \"X\", \"unit\": \"piece\", \"listPrice\": {\"amount\": \"1.23456\", "
                + "\"currency\": \"EUR\"}}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("listPrice.amount");
        assertThat(admin.get(PRODUCTS + "?kind=THING")).hasStatus(422);
        assertThat(admin.get(PRODUCTS + "?sort=price")).hasStatus(422);
        assertThat(admin.get(PRODUCTS + "/999999999")).hasStatus(404);
    }

    @Test
    void categoriesFormTwoLevels() {
        String tag = ProductApiCalls.unique();
        String top = admin.create(CATEGORIES, "{\"name\": \"Top " + tag + "\", \"position\": 5}");
        String child = admin.create(CATEGORIES, "{\"name\": \"Child " + tag + "\", \"parentId\": \"" + top + "\"}");

        assertThat(admin.post(CATEGORIES, "{\"name\": \"Grandchild " + tag + "\", \"parentId\": \"" + child + "\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentId");
        assertThat(admin.patch(CATEGORIES + "/" + top, "{\"parentId\": \"" + child + "\"}")).hasStatus(422);
        assertThat(admin.get(CATEGORIES)).hasStatusOk().bodyJson().extractingPath("$.data[?(@.name == 'Child " + tag + "')].parentId")
                .asArray().containsExactly(top);
        assertThat(admin.delete(CATEGORIES + "/" + top)).as("it has a sub-category").hasStatus(409);
        assertThat(admin.patch(CATEGORIES + "/" + top, "{\"active\": false, \"name\": \"Old " + tag + "\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.active", active -> assertThat(active).isEqualTo(false))
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Old " + tag));
        assertThat(admin.post(PRODUCTS, "{\"name\": \"Late " + tag + "\", \"unit\": \"piece\", \"categoryId\": \"" + top
                + "\", \"listPrice\": {\"amount\": \"1\", \"currency\": \"EUR\"}}")).as("an inactive category is not offered")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("categoryId");
    }

    @Test
    void priceListsCarryEntriesAndDecideThePriceAProductHasForACustomer() {
        String tag = ProductApiCalls.unique();
        String product = admin.create(PRODUCTS, "{\"name\": \"Support " + tag + "\", \"kind\": \"SERVICE\", \"unit\": \"hour\", "
                + "\"listPrice\": {\"amount\": \"80\", \"currency\": \"EUR\"}}");
        String other = admin.create(PRODUCTS, "{\"name\": \"Training " + tag + "\", \"kind\": \"SERVICE\", \"unit\": \"day\", "
                + "\"listPrice\": {\"amount\": \"700\", \"currency\": \"EUR\"}}");
        long reseller = referenceData.all(ReferenceKind.COMPANY_TYPE).stream().filter(type -> type.name().equals("Reseller"))
                .findFirst().orElseThrow().id();

        assertThat(admin.post(PRICE_LISTS, """
                {"name": "", "currency": "XXY", "validFrom": "2026-05-01", "validTo": "2026-04-01", "companyTypeId": "999999999",
                 "entries": [{"productId": "%s", "price": "1"}, {"productId": "%s", "price": "-2"}, {"productId": "999999999", "price": "3"}]}"""
                .formatted(product, product)))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("name", "currency",
                        "validTo", "companyTypeId", "entries[1].productId", "entries[1].price", "entries[2].productId");

        String list = admin.create(PRICE_LISTS, """
                {"name": "Resellers %s", "currency": "EUR", "companyTypeId": "%s", "validFrom": "2026-01-01",
                 "entries": [{"productId": "%s", "price": "72.5"}, {"productId": %s, "price": 650}]}"""
                .formatted(tag, reseller, product, other));
        assertThat(admin.get(PRICE_LISTS + "/" + list)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyTypeId", type -> assertThat(type).isEqualTo(Long.toString(reseller)))
                .hasPathSatisfying("$.entries[?(@.productId == '" + product + "')].price.amount",
                        amount -> assertThat(amount).asList().containsExactly("72.50"));

        String price = PRODUCTS + "/" + product + "/price?currency=EUR&date=2026-03-01";
        assertThat(admin.get(price + "&companyTypeId=" + reseller)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.price.amount", amount -> assertThat(amount).isEqualTo("72.50"))
                .hasPathSatisfying("$.source", source -> assertThat(source).isEqualTo("PRICE_LIST"))
                .hasPathSatisfying("$.priceListId", id -> assertThat(id).isEqualTo(list));
        assertThat(admin.get(price)).as("no company type: the list price").hasStatusOk().bodyJson()
                .hasPathSatisfying("$.price.amount", amount -> assertThat(amount).isEqualTo("80.00"))
                .hasPathSatisfying("$.source", source -> assertThat(source).isEqualTo("LIST_PRICE"));
        assertThat(admin.get(PRODUCTS + "/" + product + "/price?currency=USD")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.price", value -> assertThat(value).isNull());
        assertThat(admin.get(PRODUCTS + "/" + product + "/price?currency=dollars")).hasStatus(422);
        assertThat(admin.get(PRODUCTS + "/999999999/price?currency=EUR")).hasStatus(404);

        assertThat(admin.delete(PRODUCTS + "/" + product)).as("on a price list").hasStatus(409);
        assertThat(admin.patch(PRICE_LISTS + "/" + list, "{\"entries\": [{\"productId\": \"" + other + "\", \"price\": "
                + "{\"amount\": \"640.00\", \"currency\": \"EUR\"}}]}")).hasStatusOk().bodyJson()
                .extractingPath("$.entries[*].productId").asArray().containsExactly(other);
        assertThat(admin.delete(PRODUCTS + "/" + product)).as("no longer used").hasStatus(204);
        assertThat(admin.get(PRICE_LISTS + "?limit=200")).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().contains(list);
        assertThat(admin.delete(PRICE_LISTS + "/" + list)).hasStatus(204);
        assertThat(admin.get(PRICE_LISTS + "/" + list)).hasStatus(404);
    }
}
