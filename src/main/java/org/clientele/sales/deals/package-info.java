/** Deals: pipelines with stages and closing reasons, deals with their product lines and stage history, the board and the forecast. */
@org.springframework.modulith.NamedInterface("deals")
package org.clientele.sales.deals;
