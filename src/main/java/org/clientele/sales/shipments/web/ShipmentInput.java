package org.clientele.sales.shipments.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.clientele.sales.shipments.ShipmentForm;
import org.clientele.sales.shipments.ShipmentView;

/**
 * The members of a shipment the API takes. What a GET returned can be sent back: the read-only
 * members are ignored. dealLineId is taken when planning only.
 */
@JsonIgnoreProperties(value = {"id", "dealId", "productId", "description", "shipped", "createdAt", "updatedAt"})
record ShipmentInput(Long dealLineId, BigDecimal quantity, LocalDate plannedOn, LocalDate shippedOn, String serialNumber,
        String trackingCode, String note, Long version) {

    static ShipmentInput of(ShipmentView shipment) {
        return new ShipmentInput(shipment.dealLineId(), shipment.quantity(), shipment.plannedOn(), shipment.shippedOn(),
                shipment.serialNumber(), shipment.trackingCode(), shipment.note(), shipment.version());
    }

    ShipmentForm toForm() {
        return new ShipmentForm(dealLineId, quantity, plannedOn, shippedOn, blankToNull(serialNumber), blankToNull(trackingCode),
                blankToNull(note));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
