/**
 * Billing: tax rates and the document arithmetic, gapless number series, the seller's profile and
 * PDF documents, quotations, invoices and credit notes, payments and the one transaction ledger.
 * Each area is a sub-package whose public types are a named interface of this module (as in
 * sales, decision 0011); entities and repositories stay package-private inside their area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
        allowedDependencies = {"shared", "platform", "identity", "customers", "sales :: deals", "sales :: products", "sales :: currencies"})
package org.clientele.billing;
