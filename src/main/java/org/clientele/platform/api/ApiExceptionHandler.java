package org.clientele.platform.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Answers every failed API call with RFC 9457 problem details: a stable type, a translated title,
 * a detail that names no class and shows no stack trace, and the request id. Page requests are
 * left to the error pages, and denied access to the security filters, which know whether the
 * caller is signed in.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof AccessDeniedException || !ApiRequests.isApi(request)) {
            throw ex;
        }
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof ErrorResponse errorResponse) {
            headers.addAll(errorResponse.getHeaders());
        }
        ProblemDetail problem = toProblem(ex, request);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail toProblem(Exception ex, HttpServletRequest request) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return problems.validation(fieldErrors(invalid.getBindingResult()));
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return problems.validation(parameterErrors(invalid));
        }
        if (ex instanceof InvalidInputException invalid) {
            return problems.validation(invalid.problems().stream()
                    .map(p -> new Problems.FieldError(p.field(), problems.message(p.messageCode(), p.arguments())))
                    .toList());
        }
        if (ex instanceof AuthenticationException) {
            return problems.of(ProblemType.UNAUTHENTICATED, problems.message("problem.unauthenticated.credentials"));
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return problems.of(ProblemType.MALFORMED_REQUEST, unreadableDetail(unreadable));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return problems.of(ProblemType.MALFORMED_REQUEST,
                    problems.message("problem.malformed-request.parameter", mismatch.getPropertyName()));
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return problems.of(ProblemType.NOT_FOUND,
                    problems.message("problem.not-found.path", request.getMethod(), request.getRequestURI()));
        }
        if (ex instanceof RecordNotFoundException) {
            return problems.of(ProblemType.NOT_FOUND, problems.message("problem.not-found.record"));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
            String[] supported = unsupported.getSupportedMethods() == null ? new String[0] : unsupported.getSupportedMethods();
            return problems.of(ProblemType.METHOD_NOT_ALLOWED,
                    problems.message("problem.method-not-allowed.detail", unsupported.getMethod(), String.join(", ", supported)));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    problems.message("problem.unsupported-media-type.detail", String.valueOf(unsupported.getContentType()),
                            MediaType.toString(unsupported.getSupportedMediaTypes())));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return problems.of(ProblemType.NOT_ACCEPTABLE, problems.message("problem.not-acceptable.detail"));
        }
        if (ex instanceof ConflictException conflict) {
            ProblemDetail problem = problems.of(ProblemType.CONFLICT, problems.message(conflict.messageCode()));
            problem.setProperty("candidates", conflict.candidateIds());
            conflict.problemProperties().forEach(problem::setProperty);
            return problem;
        }
        if (ex instanceof OptimisticLockingFailureException) {
            return problems.of(ProblemType.CONFLICT, problems.message("problem.conflict.concurrent-change"));
        }
        if (ex instanceof DataIntegrityViolationException) {
            return problems.of(ProblemType.CONFLICT, problems.message("problem.conflict.integrity"));
        }
        if (ex instanceof ErrorResponse errorResponse) {
            return fromStatus(errorResponse.getStatusCode());
        }
        return unexpected(ex);
    }

    private List<Problems.FieldError> parameterErrors(HandlerMethodValidationException invalid) {
        return invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList();
    }

    private ProblemDetail fromStatus(HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return problems.of(ProblemType.forStatus(status.value()), status, problems.message("problem.internal-error.detail"));
        }
        return problems.of(ProblemType.forStatus(status.value()), status, null);
    }

    private ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error in API call", ex);
        return problems.of(ProblemType.INTERNAL_ERROR, problems.message("problem.internal-error.detail"));
    }

    private String unreadableDetail(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            return problems.message("problem.malformed-request.field", field);
        }
        if (ex.getCause() instanceof JacksonException) {
            return problems.message("problem.malformed-request.json");
        }
        return problems.message("problem.malformed-request.body");
    }

    private List<Problems.FieldError> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
    }
}
