package org.clientele.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The answer of an API create: the handler declares {@code @ResponseStatus(HttpStatus.CREATED)}, which also documents the
 * 201, and returns {@code Created.at(response, location, body)}. Not a {@code ResponseEntity}: Spring flushes an entity's
 * response once it has written the body, which commits it before its length is known, so even a small body went out
 * chunked in two writes; a plain body is written when the request ends, at once and with its Content-Length.
 */
public final class Created {

    private Created() {
    }

    /** Puts the new resource's address in the Location header and answers the body to write. */
    public static <T> T at(HttpServletResponse response, String location, T body) {
        response.setHeader(HttpHeaders.LOCATION, location);
        return body;
    }
}
