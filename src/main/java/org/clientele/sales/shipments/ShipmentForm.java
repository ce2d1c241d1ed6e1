package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters for a shipment: which product line of the deal (only when planning it),
 * how many, when it is planned and when it actually went out, and how to trace it.
 */
public record ShipmentForm(Long dealLineId, BigDecimal quantity, LocalDate plannedOn, LocalDate shippedOn,
        String serialNumber, String trackingCode, String note) {

    public static ShipmentForm empty() {
        return new ShipmentForm(null, null, null, null, null, null, null);
    }
}
