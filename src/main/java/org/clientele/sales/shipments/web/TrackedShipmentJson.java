package org.clientele.sales.shipments.web;

import java.time.LocalDate;

import org.clientele.sales.shipments.ShipmentTracker.TrackedShipment;
import org.clientele.shared.web.Ids;

/** A row of the delivery tracker as the API writes it. */
record TrackedShipmentJson(String id, String dealId, String dealName, String companyId, String companyName, String description,
        String quantity, LocalDate plannedOn, LocalDate shippedOn, String trackingCode) {

    static TrackedShipmentJson of(TrackedShipment row) {
        return new TrackedShipmentJson(Ids.of(row.id()), Ids.of(row.dealId()), row.dealName(), Ids.of(row.companyId()),
                row.companyName(), row.description(), row.quantity().stripTrailingZeros().toPlainString(), row.plannedOn(),
                row.shippedOn(), row.trackingCode());
    }
}
