package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.clientele.testing.ApiTokensForTests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API calls made as one user with a bearer token, for the invoice tests. */
final class InvoiceCalls {

    static final String INVOICES = "/api/v1/invoices";

    private final MockMvcTester mvc;
    private final String bearer;

    InvoiceCalls(MockMvcTester mvc, JwtEncoder encoder, long userId) {
        this.mvc = mvc;
        Instant now = Instant.now();
        this.bearer = "Bearer " + ApiTokensForTests.token(encoder, userId, now, now.plus(1, ChronoUnit.HOURS));
    }

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    MvcTestResult patch(String uri, String json) {
        return mvc.patch().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType("application/merge-patch+json")
                .content(json).exchange();
    }

    MvcTestResult delete(String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    /** Creates a draft for the company with the given lines (JSON array) and returns its id. */
    String draft(long companyId, String lines) {
        MvcTestResult result = post(INVOICES, "{\"companyId\": \"" + companyId + "\", \"currency\": \"EUR\", \"language\": \"en\", "
                + "\"paymentTermDays\": 10, \"lines\": " + lines + "}");
        assertThat(result).hasStatus(201);
        String id = read(result, "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(INVOICES + "/" + id);
        return id;
    }

    static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
