package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.clientele.testing.ApiTokensForTests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API calls made as one user with a bearer token, for the deal tests. */
final class DealCalls {

    static final String DEALS = "/api/v1/deals";

    private final MockMvcTester mvc;
    private final String bearer;

    DealCalls(MockMvcTester mvc, JwtEncoder encoder, long userId) {
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

    MvcTestResult put(String uri, String json) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    MvcTestResult patch(String uri, String json) {
        return mvc.patch().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType("application/merge-patch+json")
                .content(json).exchange();
    }

    MvcTestResult delete(String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    /** Creates a record (duplicates allowed, for customers) and returns its id, checking the 201 and the Location header. */
    String create(String collection, String json) {
        MvcTestResult result = post(collection + (collection.equals(DEALS) ? "" : "?allowDuplicates=true"), json);
        assertThat(result).as("POST %s %s", collection, json).hasStatus(201);
        String id = read(result, "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(collection + "/" + id);
        return id;
    }

    String company(String name) {
        return create("/api/v1/companies", "{\"name\": \"" + name + "\"}");
    }

    String contact(String lastName, String companyId) {
        return create("/api/v1/contacts", "{\"lastName\": \"" + lastName + "\", \"companyId\": \"" + companyId + "\"}");
    }

    static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String unique() {
        return "d" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
