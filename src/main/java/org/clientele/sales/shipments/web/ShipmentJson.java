package org.clientele.sales.shipments.web;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.sales.shipments.ShipmentView;
import org.clientele.shared.web.Ids;

/** A shipment as the API writes it; quantity is a decimal string. */
record ShipmentJson(String id, long version, String dealId, String dealLineId, String productId, String description, String quantity,
        LocalDate plannedOn, LocalDate shippedOn, boolean shipped, String serialNumber, String trackingCode, String note,
        Instant createdAt, Instant updatedAt) {

    static ShipmentJson of(ShipmentView shipment) {
        return new ShipmentJson(Ids.of(shipment.id()), shipment.version(), Ids.of(shipment.dealId()), Ids.of(shipment.dealLineId()),
                Ids.of(shipment.productId()), shipment.description(), shipment.quantity().stripTrailingZeros().toPlainString(),
                shipment.plannedOn(), shipment.shippedOn(), shipment.shipped(), shipment.serialNumber(), shipment.trackingCode(),
                shipment.note(), shipment.createdAt(), shipment.updatedAt());
    }
}
