package org.clientele.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.customers.TaggedType;
import org.clientele.shared.RecordNotFoundException;

/** Which kind of record a request under {@code /companies}, {@code /contacts} or {@code /leads} (page or API) is about. */
final class TaggedPaths {

    private static final String API = "/api/v1/";

    private TaggedPaths() {
    }

    static TaggedType typeOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.startsWith(API) ? path.substring(API.length()) : path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return TaggedType.ofPath(first).orElseThrow(() -> new RecordNotFoundException("Path", first));
    }
}
