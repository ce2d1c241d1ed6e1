package org.clientele.sales.shipments.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.sales.shipments.ShipmentForm;
import org.clientele.sales.shipments.ShipmentView;
import org.springframework.format.annotation.DateTimeFormat;

/** The shipment form as the page sends it. */
record ShipmentPageForm(Long dealLineId, BigDecimal quantity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedOn, String serialNumber, String trackingCode, String note,
        Long version) {

    static ShipmentPageForm of(ShipmentView shipment) {
        return new ShipmentPageForm(shipment.dealLineId(), shipment.quantity(), shipment.plannedOn(), shipment.shippedOn(),
                shipment.serialNumber(), shipment.trackingCode(), shipment.note(), shipment.version());
    }

    static ShipmentPageForm forLine(Long lineId, BigDecimal quantity) {
        return new ShipmentPageForm(lineId, quantity, null, null, null, null, null, null);
    }

    ShipmentForm toForm() {
        return new ShipmentForm(dealLineId, quantity, plannedOn, shippedOn, blankToNull(serialNumber), blankToNull(trackingCode),
                blankToNull(note));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
