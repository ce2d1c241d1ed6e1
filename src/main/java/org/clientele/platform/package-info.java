/**
 * What every module stands on: database, security filter chains, layout and navigation, i18n,
 * problem details, jobs, audit revisions, request ids and demo data. Modules plug in through the
 * types in this package ({@link org.clientele.platform.NavigationItem},
 * {@link org.clientele.platform.DemoDataContributor}, {@link org.clientele.platform.SetupStatus},
 * {@link org.clientele.platform.SignedInUser}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package org.clientele.platform;
