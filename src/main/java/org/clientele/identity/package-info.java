/**
 * Users, sign-in, first-start setup and API tokens. Roles, teams and record visibility grow here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "platform::api", "shared"})
package org.clientele.identity;
