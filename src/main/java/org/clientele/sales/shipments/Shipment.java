package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The delivery of (part of) one of a deal's product lines. It is planned while it has no
 * shipped date, and shipped once it has one; the product and description are copied from the
 * line so the shipment keeps its meaning if the line changes.
 */
@Entity
@Table(name = "shipments")
@Audited
class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long dealId;

    private Long dealLineId;

    private Long productId;

    private String description;

    private BigDecimal quantity;

    private LocalDate plannedOn;

    private LocalDate shippedOn;

    private String serialNumber;

    private String trackingCode;

    private String note;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Shipment() {
    }

    Shipment(long dealId, ShipmentLine line, long createdBy) {
        this.dealId = dealId;
        this.dealLineId = line.lineId();
        this.productId = line.productId();
        this.description = line.description();
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    void apply(ShipmentForm form) {
        this.quantity = form.quantity();
        this.plannedOn = form.plannedOn();
        this.shippedOn = form.shippedOn();
        this.serialNumber = form.serialNumber();
        this.trackingCode = form.trackingCode();
        this.note = form.note();
        this.updatedAt = Instant.now();
    }

    void markShipped(LocalDate on) {
        this.shippedOn = on;
        this.updatedAt = Instant.now();
    }

    boolean isShipped() {
        return shippedOn != null;
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    ShipmentView view() {
        return new ShipmentView(id, version, dealId, dealLineId, productId, description, quantity, plannedOn, shippedOn,
                serialNumber, trackingCode, note, createdAt, updatedAt);
    }
}
