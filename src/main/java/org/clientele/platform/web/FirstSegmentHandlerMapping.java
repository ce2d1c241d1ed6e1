package org.clientele.platform.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Passes over a request mapping at once when all its paths begin with another fixed segment than
 * the request's. Spring MVC matches a path with a variable ({@code /contacts/42}) against every
 * mapping of the application in turn, some five hundred, checking each one's method, media types
 * and version before its path: about a tenth of the CPU of a contact page and its timeline.
 * Mappings whose paths begin with a variable or a wildcard are matched as before.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    private static final Set<String> ANY = Set.of();

    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    /**
     * The first segment of the request being looked up, worked out once for all mappings: asking the
     * request for its parsed path passes through every wrapper of the request, once per mapping.
     */
    private final ThreadLocal<String> requestFirstSegment = new ThreadLocal<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        requestFirstSegment.set(firstSegmentOf(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        finally {
            requestFirstSegment.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String first = requestFirstSegment.get();
        if (first == null) {
            first = firstSegmentOf(request);
        }
        if (first != null) {
            Set<String> segments = firstSegments.computeIfAbsent(info, FirstSegmentHandlerMapping::fixedFirstSegments);
            if (segments != ANY && !segments.contains(first)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The first segments of the mapping's paths, or {@link #ANY} if one of them may begin with anything. */
    private static Set<String> fixedFirstSegments(RequestMappingInfo info) {
        Set<String> segments = new HashSet<>();
        for (String pattern : info.getPatternValues()) {
            String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (first.contains("{") || first.contains("*") || first.contains("?")) {
                return ANY;
            }
            segments.add(first);
        }
        return segments.isEmpty() ? ANY : Set.copyOf(segments);
    }

    /** The request's first path segment, or {@code null} if its path has not been parsed. */
    private static String firstSegmentOf(HttpServletRequest request) {
        return ServletRequestPathUtils.hasParsedRequestPath(request) ? firstSegment(ServletRequestPathUtils.getParsedRequestPath(request)) : null;
    }

    /** The request's first path segment as patterns see it: decoded, without path parameters. */
    private static String firstSegment(RequestPath path) {
        for (PathContainer.Element element : path.pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                return segment.valueToMatch();
            }
        }
        return "";
    }
}
