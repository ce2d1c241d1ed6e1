package org.clientele.identity.web;

import jakarta.servlet.http.HttpServletResponse;

/** The page for a link from a mail that is unknown, expired or used already. */
final class LinkPages {

    private LinkPages() {
    }

    static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "identity/link-unusable";
    }
}
