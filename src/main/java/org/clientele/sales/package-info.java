/**
 * Sales: pipelines and deals, products and price lists, requests and web-to-lead forms,
 * currencies and exchange rates, shipments. Each area is a sub-package whose public types are a
 * named interface of this module (decision 0011); entities and repositories stay package-private
 * inside their area, pages and API controllers sit in the area's {@code web} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales", allowedDependencies = {"shared", "platform", "identity", "customers"})
package org.clientele.sales;
