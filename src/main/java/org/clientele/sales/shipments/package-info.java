/** Shipments: planned and actual delivery of a deal's product lines, the delivery tracker, and the stage a shipment moves its deal to. */
@org.springframework.modulith.NamedInterface("shipments")
package org.clientele.sales.shipments;
