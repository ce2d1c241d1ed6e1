package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A shipment as pages and the API show it. {@code shippedOn} is null while it is only planned. */
public record ShipmentView(long id, long version, long dealId, Long dealLineId, Long productId, String description,
        BigDecimal quantity, LocalDate plannedOn, LocalDate shippedOn, String serialNumber, String trackingCode, String note,
        Instant createdAt, Instant updatedAt) {

    public boolean shipped() {
        return shippedOn != null;
    }

    /** Planned for a day that has passed and still not shipped. */
    public boolean overdue(LocalDate today) {
        return shippedOn == null && plannedOn != null && plannedOn.isBefore(today);
    }
}
