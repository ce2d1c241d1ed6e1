package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API calls made as one user with a short-lived bearer token, for tests of any module. */
public final class ApiClient {

    private final MockMvcTester mvc;
    private final String bearer;

    public ApiClient(MockMvcTester mvc, JwtEncoder encoder, long userId) {
        this.mvc = mvc;
        Instant now = Instant.now();
        this.bearer = "Bearer " + ApiTokensForTests.token(encoder, userId, now, now.plus(1, ChronoUnit.HOURS));
    }

    public MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    public MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    public MvcTestResult put(String uri, String json) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    public MvcTestResult patch(String uri, String json) {
        return mvc.patch().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType("application/merge-patch+json")
                .content(json).exchange();
    }

    public MvcTestResult delete(String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    /** POSTs a new record, checks the 201 and that its Location header names it, and returns its id. */
    public String create(String collection, String json) {
        MvcTestResult result = post(collection, json);
        assertThat(result).as("POST %s %s", collection, json).hasStatus(201);
        String id = read(result, "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).startsWith("/api/v1/").endsWith("/" + id);
        return id;
    }

    public static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
