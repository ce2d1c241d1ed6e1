package org.clientele.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.clientele.platform.RequestIds;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How API failures become problem details, without a Spring context: the message bundle, the
 * JSON mapper and the handler are built by hand, and each answer is written as the API writes it.
 */
class ApiExceptionHandlerTests {

    private final ResourceBundleMessageSource messages = messages();
    private final ApiExceptionHandler handler = new ApiExceptionHandler(new Problems(messages, JsonMapper.builder().build()), messages);
    private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(JsonMapper.builder());

    @BeforeEach
    void englishRequestWithId() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MDC.put(RequestIds.MDC_KEY, "unit-request-1");
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Test
    void unexpectedErrorIsAnInternalErrorThatRevealsNothing() throws Exception {
        ResponseEntity<ProblemDetail> response = handler.handle(
                new RuntimeException("secret detail", new IllegalStateException("inner secret")), apiRequest());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getType()).hasToString("urn:clientele:problem:internal-error");
        assertThat(response.getBody().getDetail()).isEqualTo(messages.getMessage("problem.internal-error.detail", null, Locale.ENGLISH));
        assertThat(response.getBody().getProperties()).containsEntry("requestId", "unit-request-1");
        assertThat(json(response)).doesNotContain("secret").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("org.").doesNotContain("\tat ");
    }

    @Test
    void conflictIsA409NamingTheCandidates() throws Exception {
        ResponseEntity<ProblemDetail> response = handler.handle(
                new ConflictException("problem.conflict.integrity", List.of("17", "42")), apiRequest());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().getType()).hasToString("urn:clientele:problem:conflict");
        assertThat(response.getBody().getDetail()).isEqualTo("The change conflicts with existing records.");
        assertThat(json(response)).contains("\"candidates\":[\"17\",\"42\"]");
    }

    @Test
    void invalidInputIsA422NamingEachField() throws Exception {
        InvalidInputException invalid = new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("email", "validation.email.taken"),
                new InvalidInputException.FieldProblem("password", "validation.password.too-short", 12)));

        ResponseEntity<ProblemDetail> response = handler.handle(invalid, apiRequest());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().getType()).hasToString("urn:clientele:problem:validation-failed");
        assertThat(json(response)).contains("\"errors\":[{\"field\":\"email\",\"message\":\"A user with this e-mail address exists already.\"},"
                + "{\"field\":\"password\",\"message\":\"The password needs at least 12 characters.\"}]");
    }

    @Test
    void missingRecordIsA404ThatDoesNotEchoTheLookup() throws Exception {
        ResponseEntity<ProblemDetail> response = handler.handle(new RecordNotFoundException("Contact", 4711), apiRequest());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().getType()).hasToString("urn:clientele:problem:not-found");
        assertThat(response.getBody().getDetail()).isEqualTo("The record does not exist or is not visible to you.");
        assertThat(json(response)).doesNotContain("4711").doesNotContain("Contact");
    }

    @Test
    void concurrentChangeIsA409() throws Exception {
        ResponseEntity<ProblemDetail> response = handler.handle(
                new OptimisticLockingFailureException("Row was updated or deleted by another transaction"), apiRequest());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().getType()).hasToString("urn:clientele:problem:conflict");
        assertThat(response.getBody().getDetail()).isEqualTo(messages.getMessage("problem.conflict.concurrent-change", null, Locale.ENGLISH));
        assertThat(json(response)).doesNotContain("Row was updated");
    }

    @Test
    void pageRequestsAreLeftToTheErrorPages() {
        RuntimeException ex = new RuntimeException("page failure");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/profile");

        assertThatThrownBy(() -> handler.handle(ex, page)).isSameAs(ex);
    }

    @Test
    void pathsThatOnlyLookLikeTheApiAreLeftToTheErrorPages() {
        RuntimeException ex = new RuntimeException("page failure");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/apiary/v1");

        assertThatThrownBy(() -> handler.handle(ex, page)).isSameAs(ex);
    }

    @Test
    void deniedApiAccessIsLeftToTheSecurityFilters() {
        AccessDeniedException denied = new AccessDeniedException("Access Denied");

        assertThatThrownBy(() -> handler.handle(denied, apiRequest())).isSameAs(denied);
    }

    private static MockHttpServletRequest apiRequest() {
        return new MockHttpServletRequest("GET", "/api/v1/contacts/4711");
    }

    /** The body as the API's JSON converter writes it. */
    private String json(ResponseEntity<ProblemDetail> response) throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(response.getBody(), MediaType.APPLICATION_PROBLEM_JSON, output);
        return output.getBodyAsString(StandardCharsets.UTF_8);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
