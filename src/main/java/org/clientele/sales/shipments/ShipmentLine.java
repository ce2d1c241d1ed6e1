package org.clientele.sales.shipments;

import java.math.BigDecimal;

/** The product line of a deal a shipment delivers, as the shipment copies it. */
record ShipmentLine(Long lineId, Long productId, String description, BigDecimal quantity) {
}
