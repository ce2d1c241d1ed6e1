package org.clientele.sales.deals;

import java.time.Instant;

/** What every generated deal is drawn from. */
record DealsContext(Instant now, GeneratedCustomers customers, GeneratedPipelines pipelines, DealProducts products) {
}
