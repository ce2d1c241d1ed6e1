package org.clientele.billing.quotes;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.testing.ApiClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** API calls for the quotation tests: customers, a tax rate and quotations, made as one user. */
final class QuoteCalls {

    static final String QUOTES = "/api/v1/quotes";

    final ApiClient api;

    QuoteCalls(MockMvcTester mvc, JwtEncoder encoder, long userId) {
        this.api = new ApiClient(mvc, encoder, userId);
    }

    String company(String name) {
        return api.create("/api/v1/companies?allowDuplicates=true", "{\"name\": \"" + name + "\", \"emails\": [\"office@"
                + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example\"]}");
    }

    String contact(String firstName, String lastName, String companyId, String email) {
        return api.create("/api/v1/contacts?allowDuplicates=true", "{\"firstName\": \"" + firstName + "\", \"lastName\": \"" + lastName
                + "\", \"companyId\": \"" + companyId + "\", \"emails\": [\"" + email + "\"]}");
    }

    String taxRate(String name, String percent) {
        return api.create("/api/v1/tax-rates", "{\"name\": \"" + name + "\", \"percent\": \"" + percent + "\"}");
    }

    /** A draft for the company with two lines at the rate: 3 × 100.00 less 10 %, and 2 × 25.50. */
    String draft(String companyId, String contactId, String taxRateId) {
        return api.create(QUOTES, """
                {"companyId": "%s", "contactId": %s, "currency": "EUR", "language": "en", "terms": "Net 30 days.",
                 "lines": [{"description": "Consulting day", "quantity": "3", "unit": "d", "unitPrice": "100", "discountPercent": "10",
                            "taxRateId": %s, "taxIncluded": false},
                           {"description": "Travel flat rate", "quantity": "2", "unitPrice": "25.50", "taxRateId": %s}]}"""
                .formatted(companyId, quoted(contactId), quoted(taxRateId), quoted(taxRateId)));
    }

    private static String quoted(String id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    static String unique() {
        return "q" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
