/**
 * Customers: companies and the people who work there (contacts), each with an owner, a team and
 * co-owners, so that record visibility applies. Writes go through JPA; lists read with
 * {@code JdbcClient} into view records, page by keyset and never count a whole table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = {"shared", "platform", "identity"})
package org.clientele.customers;
