package org.clientele.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every response carries a request id: the caller's if it is safe to reuse, a fresh one otherwise. */
@ClienteleTest
class RequestIdTests {

    private static final String HEADER = "X-Request-Id";

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyResponseHasAFreshRequestId() {
        List<MvcTestResult> results = List.of(
                mvc.get().uri("/login").exchange(),
                mvc.get().uri("/").exchange(),
                mvc.get().uri("/css/clientele.css").exchange(),
                mvc.get().uri("/actuator/health").exchange(),
                mvc.get().uri("/api/v1/me").exchange(),
                mvc.get().uri("/login").exchange());

        List<String> ids = results.stream().map(result -> result.getResponse().getHeader(HEADER)).toList();

        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id)).hasToString(id));
    }

    @Test
    void wellFormedIncomingIdIsEchoed() {
        String incoming = "proxy-" + UUID.randomUUID() + "_a.b:c";

        MvcTestResult result = mvc.get().uri("/login").header(HEADER, incoming).exchange();

        assertThat(result).hasStatusOk().hasHeader(HEADER, incoming);
    }

    @ParameterizedTest
    @ValueSource(strings = {"with spaces in it", "semi;colon", "new\nline", "tab\tbed", "ünïcode", ""})
    void malformedIncomingIdIsReplaced(String incoming) {
        assertReplaced(incoming);
    }

    @Test
    void overlongIncomingIdIsReplaced() {
        assertThat(mvc.get().uri("/login").header(HEADER, "a".repeat(64)).exchange()).hasHeader(HEADER, "a".repeat(64));
        assertReplaced("a".repeat(65));
        assertReplaced("b".repeat(200));
    }

    @Test
    void problemDetailsCarryTheRequestIdOfTheResponse() throws Exception {
        String incoming = "problem-" + UUID.randomUUID();

        MvcTestResult echoed = mvc.get().uri("/api/v1/me").header(HEADER, incoming).exchange();

        assertThat(echoed).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HEADER, incoming);
        assertThat(echoed).bodyJson().extractingPath("$.requestId").asString().isEqualTo(incoming);

        MvcTestResult generated = mvc.get().uri("/api/v1/no-such-thing").header(HEADER, "not acceptable").exchange();

        String id = generated.getResponse().getHeader(HEADER);
        assertThat(id).isNotNull().isNotEqualTo("not acceptable");
        assertThat(generated).bodyJson().extractingPath("$.requestId").asString().isEqualTo(id);
    }

    private void assertReplaced(String incoming) {
        MvcTestResult result = mvc.get().uri("/login").header(HEADER, incoming).exchange();

        assertThat(result).hasStatusOk();
        String id = result.getResponse().getHeader(HEADER);
        assertThat(id).isNotEqualTo(incoming);
        assertThat(UUID.fromString(id)).hasToString(id);
    }
}
