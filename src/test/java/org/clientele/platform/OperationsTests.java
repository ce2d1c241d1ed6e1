package org.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clientele.identity.ApiTokens;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.support.RequestHandledEvent;

/** What operators and monitoring see: health for everyone, details, info and metrics only with a token. */
@ClienteleTest
class OperationsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

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

    /**
     * Nothing listens for it, and passing it through every listener's type check was a share of each call's CPU. Two
     * calls on one connection: the server takes the second only once it is through with the first, event included.
     */
    @Test
    void requestsServedOverHttpPublishNoEventOfTheirOwn() throws Exception {
        List<ApplicationEvent> handled = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof RequestHandledEvent) {
                handled.add(event);
            }
        };
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).build();
        context.addApplicationListener(listener);
        try {
            for (int call = 0; call < 2; call++) {
                HttpResponse<String> answer = client.send(me, HttpResponse.BodyHandlers.ofString());

                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains(TestUsers.ADMIN_EMAIL);
            }
        }
        finally {
            context.removeApplicationListener(listener);
        }
        assertThat(handled).isEmpty();
    }
}
