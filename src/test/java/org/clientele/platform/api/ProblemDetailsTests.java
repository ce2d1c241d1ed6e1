package org.clientele.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.clientele.identity.ApiTokens;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every failed API call answers with RFC 9457 problem details and no internals. */
@ClienteleTest
class ProblemDetailsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JwtEncoder encoder;

    String adminToken;

    @BeforeEach
    void signIn() throws Exception {
        adminToken = tokens.issue(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).accessToken();
    }

    @Test
    void unknownApiPathIsNotFound() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "urn:clientele:problem:not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("/api/v1/no-such-thing");
        assertThat(result).bodyJson().extractingPath("$.requestId").asString().isNotBlank();
    }

    @Test
    void malformedJsonIsBadRequest() throws Exception {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"admin@clientele.test\", ").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "urn:clientele:problem:malformed-request");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void wrongMediaTypeIsUnsupported() throws Exception {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("hello").exchange();

        assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "urn:clientele:problem:unsupported-media-type");
        assertThat(result).hasHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }

    @Test
    void wrongMethodIsNotAllowed() throws Exception {
        MvcTestResult result = mvc.delete().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "urn:clientele:problem:method-not-allowed");
        assertThat(result).hasHeader(HttpHeaders.ALLOW, "GET");
    }

    @Test
    void missingFieldsAreUnprocessableWithFieldErrors() throws Exception {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"\"}").exchange();

        assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "urn:clientele:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("email", "password");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isEqualTo("This field is required.");
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"admin@clientele.test\", \"password\": \"not the password\"}").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "urn:clientele:problem:unauthenticated");
        assertThat(result).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void callWithoutTokenIsUnauthorized() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/me").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "urn:clientele:problem:unauthenticated");
        assertThat(result).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void forgedOrExpiredTokensAreUnauthorized() throws Exception {
        String expired = ApiTokensForTests.token(encoder, 1, Instant.now().minus(2, ChronoUnit.HOURS),
                Instant.now().minus(1, ChronoUnit.HOURS));
        String forged = adminToken.substring(0, adminToken.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        for (String token : new String[] {expired, forged, "not-a-token"}) {
            MvcTestResult result = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
            assertProblem(result, HttpStatus.UNAUTHORIZED, "urn:clientele:problem:unauthenticated");
            assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("invalid, expired or revoked");
        }
    }

    @Test
    void tokenFromCredentialsIdentifiesTheUser() throws Exception {
        MvcTestResult issued = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"ADMIN@clientele.test\", \"password\": \"" + TestUsers.ADMIN_PASSWORD + "\"}").exchange();
        assertThat(issued).hasStatusOk();
        assertThat(issued).bodyJson().extractingPath("$.tokenType").asString().isEqualTo("Bearer");
        assertThat(issued).bodyJson().extractingPath("$.expiresIn").asNumber().isEqualTo(900);
        String token = issued.getResponse().getContentAsString().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

        MvcTestResult me = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();

        assertThat(me).hasStatusOk();
        assertThat(me).bodyJson().extractingPath("$.email").asString().isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("ADMINISTRATOR");
        assertThat(me).bodyJson().extractingPath("$.permissions").asArray().contains("settings:admin");
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String type) throws Exception {
        assertThat(result).hasStatus(status);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").asString().isEqualTo(type);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("org.");
    }
}
