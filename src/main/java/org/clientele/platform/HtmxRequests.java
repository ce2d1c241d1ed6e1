package org.clientele.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells a request htmx made for part of a page from one for the whole page, for handlers that
 * answer both. htmx asks for the whole page again when it restores history it has not cached.
 */
public final class HtmxRequests {

    private HtmxRequests() {
    }

    /** Whether to answer with a fragment; marks the answer as depending on it either way. */
    public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
