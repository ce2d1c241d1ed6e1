package org.clientele.platform;

/**
 * Published when a signed-in user or token was refused a page or API call for want of a
 * permission, so that it can be recorded as a security event.
 *
 * @param userId the user refused
 * @param method the HTTP method
 * @param path the path asked for
 */
public record AccessDenied(long userId, String method, String path) {
}
