package org.clientele.platform.api;

import jakarta.servlet.http.HttpServletRequest;

/** Tells API calls, which get problem details, from page requests, which get error pages. */
public final class ApiRequests {

    public static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    public static boolean isApiPath(String path) {
        return path.startsWith(PREFIX) || path.startsWith("/actuator/");
    }
}
