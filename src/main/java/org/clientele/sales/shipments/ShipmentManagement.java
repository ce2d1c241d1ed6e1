package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.clientele.identity.RecordVisibility;
import org.clientele.sales.deals.DealLineView;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and records the delivery of deals' product lines. A shipment is seen by whoever sees its
 * deal. Recording one as shipped moves an open deal to its pipeline's shipment stage, when one is
 * set and the deal has not passed it yet ({@link ShipmentStages}).
 */
@Service
public class ShipmentManagement {

    static final String RECORD_TYPE = "Shipment";

    private final Shipments shipments;
    private final DealManagement deals;
    private final ShipmentChecks checks;
    private final ShipmentStages stages;
    private final RecordVisibility visibility;

    ShipmentManagement(Shipments shipments, DealManagement deals, ShipmentChecks checks, ShipmentStages stages,
            RecordVisibility visibility) {
        this.shipments = shipments;
        this.deals = deals;
        this.checks = checks;
        this.stages = stages;
        this.visibility = visibility;
    }

    /** The deal's shipments, planned ones first by planned date. @throws RecordNotFoundException if the deal is not visible */
    @Transactional(readOnly = true)
    public List<ShipmentView> forDeal(long dealId) {
        visibleDeal(dealId);
        return shipments.findByDealIdOrderByPlannedOnAscIdAsc(dealId).stream().map(Shipment::view).toList();
    }

    /** The shipment, if it exists and its deal is visible. */
    @Transactional(readOnly = true)
    public java.util.Optional<ShipmentView> find(long id) {
        return shipments.findById(id).filter(shipment -> deals.find(shipment.getDealId()).isPresent()).map(Shipment::view);
    }

    /**
     * Plans (or, with a shipped date, records) a shipment of one of the deal's lines.
     *
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public ShipmentView plan(long dealId, ShipmentForm form) {
        DealView deal = visibleDeal(dealId);
        DealLineView line = checks.lineOf(deal, form.dealLineId());
        checks.check(form, line, shippedOrPlanned(line.id(), null));
        Shipment shipment = new Shipment(dealId,
                new ShipmentLine(line.id(), line.productId(), line.description(), line.quantity()), visibility.viewer().userId());
        shipment.apply(form);
        shipments.save(shipment);
        if (shipment.isShipped()) {
            stages.advance(deal);
        }
        return shipment.view();
    }

    /**
     * Changes quantity, dates and tracing of a shipment; its line stays.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     */
    @Transactional
    public ShipmentView change(long id, ShipmentForm form, Long expectedVersion) {
        Shipment shipment = visibleShipment(id);
        ShipmentView current = shipment.view();
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ObjectOptimisticLockingFailureException(Shipment.class, id);
        }
        DealView deal = visibleDeal(current.dealId());
        DealLineView line = current.dealLineId() == null ? null : deal.lines().stream()
                .filter(candidate -> candidate.id() == current.dealLineId()).findFirst().orElse(null);
        checks.check(form, line, line == null ? BigDecimal.ZERO : shippedOrPlanned(line.id(), id));
        shipment.apply(form);
        if (shipment.isShipped() && !current.shipped()) {
            stages.advance(deal);
        }
        return shipment.view();
    }

    /**
     * Records a planned shipment as gone out on the date (today when {@code null}).
     *
     * @throws InvalidInputException on {@code shippedOn} for a date in the future
     */
    @Transactional
    public ShipmentView markShipped(long id, LocalDate shippedOn) {
        Shipment shipment = visibleShipment(id);
        LocalDate on = shippedOn == null ? LocalDate.now() : shippedOn;
        checks.notInTheFuture(on);
        boolean wasShipped = shipment.isShipped();
        shipment.markShipped(on);
        if (!wasShipped) {
            stages.advance(visibleDeal(shipment.getDealId()));
        }
        return shipment.view();
    }

    @Transactional
    public void delete(long id) {
        shipments.delete(visibleShipment(id));
    }

    private BigDecimal shippedOrPlanned(long lineId, Long except) {
        return shipments.quantityForLine(lineId, except == null ? -1L : except);
    }

    private DealView visibleDeal(long dealId) {
        return deals.find(dealId).orElseThrow(() -> new RecordNotFoundException("Deal", dealId));
    }

    private Shipment visibleShipment(long id) {
        Shipment shipment = shipments.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (deals.find(shipment.getDealId()).isEmpty()) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return shipment;
    }
}
