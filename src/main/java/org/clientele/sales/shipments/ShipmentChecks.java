package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientele.sales.deals.DealLineView;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The rules a shipment keeps: it delivers a line of its own deal, a positive quantity that with
 * the line's other shipments stays within the line's quantity, was not shipped in the future, and
 * its texts fit their columns.
 */
@Component
class ShipmentChecks {

    DealLineView lineOf(DealView deal, Long lineId) {
        if (lineId == null) {
            throw InvalidInputException.of("dealLineId", "validation.shipments.line-required");
        }
        return deal.lines().stream().filter(line -> line.id() == lineId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("dealLineId", "validation.shipments.line-unknown"));
    }

    /**
     * @param line the line shipped, or {@code null} when it has been removed from the deal since
     * @param otherShipments what the line's other shipments hold together
     */
    void check(ShipmentForm form, DealLineView line, BigDecimal otherShipments) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal quantity = form.quantity();
        if (quantity == null) {
            problems.add(new FieldProblem("quantity", "validation.customers.required"));
        }
        else if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("quantity", "validation.shipments.quantity"));
        }
        else if (line != null && otherShipments.add(quantity).compareTo(line.quantity()) > 0) {
            problems.add(new FieldProblem("quantity", "validation.shipments.quantity-exceeds",
                    line.quantity().subtract(otherShipments).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString()));
        }
        if (form.shippedOn() != null && form.shippedOn().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("shippedOn", "validation.shipments.shipped-in-future"));
        }
        tooLong(problems, "serialNumber", form.serialNumber(), 100);
        tooLong(problems, "trackingCode", form.trackingCode(), 100);
        tooLong(problems, "note", form.note(), 1000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    void notInTheFuture(LocalDate shippedOn) {
        if (shippedOn.isAfter(LocalDate.now())) {
            throw InvalidInputException.of("shippedOn", "validation.shipments.shipped-in-future");
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(field, "validation.customers.too-long", maxLength));
        }
    }
}
