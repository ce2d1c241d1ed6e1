package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.sales.deals.DealCalls.DEALS;

import java.util.List;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Product lines from the catalogue: name and price for the deal's company type, unknown products, and line ids kept across edits. */
@ClienteleTest
class DealLineProductTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ReferenceDataManagement referenceData;

    private DealCalls admin;

    @BeforeEach
    void signIn() {
        admin = new DealCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void aCatalogueLineTakesTheProductsNameAndThePriceListPriceOfTheDealsCompanyType() {
        String tag = DealCalls.unique();
        long reseller = referenceData.all(ReferenceKind.COMPANY_TYPE).stream().filter(type -> type.name().equals("Reseller"))
                .findFirst().orElseThrow().id();
        String product = admin.create("/api/v1/products", "{\"name\": \"Scanner " + tag + "\", \"kind\": \"GOODS\", \"unit\": \"piece\", "
                + "\"listPrice\": {\"amount\": \"400\", \"currency\": \"EUR\"}}");
        admin.create("/api/v1/price-lists", """
                {"name": "Resellers %s", "currency": "EUR", "companyTypeId": "%s", "validFrom": "2020-01-01",
                 "entries": [{"productId": "%s", "price": "350"}]}""".formatted(tag, reseller, product));
        String company = admin.create("/api/v1/companies", "{\"name\": \"Reseller " + tag + "\", \"typeId\": \"" + reseller + "\"}");
        String deal = admin.create(DEALS, "{\"name\": \"Scanners " + tag + "\", \"currency\": \"EUR\", \"companyId\": \"" + company + "\"}");

        assertThat(admin.put(DEALS + "/" + deal + "/lines", "[{\"productId\": \"" + product + "\", \"quantity\": \"2\"}]")).hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.lines[0].description", value -> assertThat(value).isEqualTo("Scanner " + tag))
                .hasPathSatisfying("$.lines[0].unitPrice", value -> assertThat(value).isEqualTo("350"))
                .hasPathSatisfying("$.amount.amount", value -> assertThat(value).isEqualTo("700.00"));

        String other = admin.create(DEALS, "{\"name\": \"Direct " + tag + "\", \"currency\": \"EUR\"}");
        assertThat(admin.put(DEALS + "/" + other + "/lines", "[{\"productId\": \"" + product + "\", \"quantity\": \"1\"}]"))
                .as("no company: the list price").hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lines[0].unitPrice", value -> assertThat(value).isEqualTo("400"));
        assertThat(admin.put(DEALS + "/" + other + "/lines", "[{\"productId\": \"999999999\", \"quantity\": \"1\", \"unitPrice\": \"5\", "
                + "\"description\": \"Ghost\"}]")).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("lines[0].productId"));
        String usd = admin.create(DEALS, "{\"name\": \"Dollars " + tag + "\", \"currency\": \"USD\"}");
        assertThat(admin.put(DEALS + "/" + usd + "/lines", "[{\"productId\": \"" + product + "\", \"quantity\": \"1\"}]"))
                .as("no price in that currency: the user must give one").hasStatus(422).bodyJson()
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("lines[0].unitPrice"));
    }

    @Test
    void linesKeepTheirIdsWhenOthersAreAddedChangedOrRemoved() {
        String deal = admin.create(DEALS, "{\"name\": \"Stable " + DealCalls.unique() + "\", \"currency\": \"EUR\"}");
        List<String> first = DealCalls.read(admin.put(DEALS + "/" + deal + "/lines", """
                [{"description": "A", "quantity": "1", "unitPrice": "10"}, {"description": "B", "quantity": "1", "unitPrice": "20"}]"""),
                "$.lines[*].id");

        List<String> added = DealCalls.read(admin.put(DEALS + "/" + deal + "/lines", """
                [{"description": "A", "quantity": "1", "unitPrice": "10"}, {"description": "B", "quantity": "1", "unitPrice": "20"},
                 {"description": "C", "quantity": "1", "unitPrice": "30"}]"""), "$.lines[*].id");
        assertThat(added.subList(0, 2)).isEqualTo(first);

        List<String> changed = DealCalls.read(admin.put(DEALS + "/" + deal + "/lines", """
                [{"description": "A", "quantity": "1", "unitPrice": "10"}, {"description": "B", "quantity": "3", "unitPrice": "20"},
                 {"description": "C", "quantity": "1", "unitPrice": "30"}]"""), "$.lines[*].id");
        assertThat(changed).as("B changed in place").isEqualTo(added);

        List<String> removed = DealCalls.read(admin.put(DEALS + "/" + deal + "/lines", """
                [{"description": "A", "quantity": "1", "unitPrice": "10"}, {"description": "C", "quantity": "1", "unitPrice": "30"}]"""),
                "$.lines[*].id");
        assertThat(removed).containsExactly(added.get(0), added.get(2));
        assertThat(DealCalls.<String>read(admin.get(DEALS + "/" + deal), "$.amount.amount")).isEqualTo("40.00");
    }
}
