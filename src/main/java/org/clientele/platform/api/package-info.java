/**
 * Problem details for API answers, which other modules may build for the cases their own
 * filters and handlers answer directly.
 */
@org.springframework.modulith.NamedInterface("api")
package org.clientele.platform.api;
