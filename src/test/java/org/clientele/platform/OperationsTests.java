package org.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.identity.ApiTokens;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What operators and monitoring see: health for everyone, details, info and metrics only with a token. */
@ClienteleTest
class OperationsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    String adminToken;

    @BeforeEach
    void issueToken() {
        adminToken = tokens.issue(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).accessToken();
    }

    @Test
    void healthIsPublicAndHidesItsComponentsFromAnonymousCallers() {
        MvcTestResult health = mvc.get().uri("/actuator/health").exchange();

        assertThat(health).hasStatusOk();
        assertThat(health).bodyJson().extractingPath("$.status").asString().isEqualTo("UP");
        assertThat(health).bodyJson().doesNotHavePath("$.components");
    }

    @Test
    void healthShowsTheDatabaseToAuthorizedCallers() {
        MvcTestResult health = mvc.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        assertThat(health).hasStatusOk();
        assertThat(health).bodyJson().extractingPath("$.status").asString().isEqualTo("UP");
        assertThat(health).bodyJson().extractingPath("$.components.db.status").asString().isEqualTo("UP");
    }

    @Test
    void probesArePublic() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            MvcTestResult result = mvc.get().uri(probe).exchange();
            assertThat(result).as(probe).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.status").asString().isEqualTo("UP");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/info", "/actuator/prometheus"})
    void infoAndMetricsNeedAToken(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").asString().isEqualTo("urn:clientele:problem:unauthenticated");
        assertThat(result).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void infoNamesTheBuildAndTheCommit() {
        MvcTestResult info = mvc.get().uri("/actuator/info").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        assertThat(info).hasStatusOk();
        assertThat(info).bodyJson().extractingPath("$.build.version").asString().matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info).bodyJson().extractingPath("$.git.commit.id").asString().matches("[0-9a-f]{7,40}");
    }

    @Test
    void prometheusExposesMetrics() throws Exception {
        mvc.get().uri("/login").exchange();

        MvcTestResult metrics = mvc.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        assertThat(metrics).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
        assertThat(metrics.getResponse().getContentAsString()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
    }

    @Test
    void apiCallsAreTimedAsRequestsWithoutObservationsOfEverySecurityFilter() throws Exception {
        mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();

        String metrics = mvc.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange()
                .getResponse().getContentAsString();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/me\"");
        assertThat(metrics).doesNotContain("spring_security_");
    }
}
