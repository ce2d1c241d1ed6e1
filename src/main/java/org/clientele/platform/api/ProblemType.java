package org.clientele.platform.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API reports. Each has a stable type URI; its title comes from the
 * message bundles under {@code problem.<slug>.title}.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    VALIDATION_FAILED("validation-failed", HttpStatus.UNPROCESSABLE_CONTENT),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    SETUP_REQUIRED("setup-required", HttpStatus.SERVICE_UNAVAILABLE),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private static final String URN_PREFIX = "urn:clientele:problem:";

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + slug);
    }

    public HttpStatus status() {
        return status;
    }

    String titleKey() {
        return "problem." + slug + ".title";
    }

    /** The type for a plain HTTP status, for errors that carry no more meaning than that. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
