/** Currencies: the ISO list in use, the reporting currency and dated exchange rates with their loaders. */
@org.springframework.modulith.NamedInterface("currencies")
package org.clientele.sales.currencies;
