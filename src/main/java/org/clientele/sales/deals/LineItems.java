package org.clientele.sales.deals;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A deal's product lines: checks them, stores them in order and makes their sum the deal's
 * amount. Each line's amount is rounded to the currency's minor unit before they are added up,
 * as on an invoice.
 */
@Component
class LineItems {

    static final int MAX_LINES = 200;
    private static final int STEP = 10;

    private final DealLines lines;

    LineItems(DealLines lines) {
        this.lines = lines;
    }

    List<DealLineView> of(long dealId, CurrencyCode currency) {
        return lines.findByDealIdOrderByPositionAscIdAsc(dealId).stream().map(line -> line.toView(currency)).toList();
    }

    /** Replaces every line of the deal, in the order given. */
    void replace(Deal deal, List<DealLineForm> forms) {
        Checks checks = new Checks();
        if (forms.size() > MAX_LINES) {
            checks.reject("lines", "validation.customers.too-many", MAX_LINES);
        }
        List<DealLineForm> checked = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            checked.add(checked(checks, "lines[" + i + "].", forms.get(i)));
        }
        checks.throwIfAny();
        lines.deleteAll(lines.findByDealIdOrderByPositionAscIdAsc(deal.getId()));
        lines.flush();
        for (int i = 0; i < checked.size(); i++) {
            lines.save(new DealLine(deal.getId(), (i + 1) * STEP, checked.get(i), deal.getCurrency()));
        }
        total(deal);
    }

    /** Adds a line after the others. */
    void add(Deal deal, DealLineForm form) {
        List<DealLine> current = lines.findByDealIdOrderByPositionAscIdAsc(deal.getId());
        if (current.size() >= MAX_LINES) {
            throw InvalidInputException.of("lines", "validation.customers.too-many", MAX_LINES);
        }
        int position = current.stream().mapToInt(DealLine::getPosition).max().orElse(0) + STEP;
        lines.save(new DealLine(deal.getId(), position, checked(form), deal.getCurrency()));
        lines.flush();
        total(deal);
    }

    /** Changes one line in place, keeping its id and place. */
    void change(Deal deal, long lineId, DealLineForm form) {
        DealLineForm checked = checked(form);
        existing(deal, lineId).change(checked, deal.getCurrency());
        lines.flush();
        total(deal);
    }

    void remove(Deal deal, long lineId) {
        lines.delete(existing(deal, lineId));
        lines.flush();
        total(deal);
    }

    private DealLine existing(Deal deal, long lineId) {
        return lines.findById(lineId).filter(line -> line.getDealId() == deal.getId())
                .orElseThrow(() -> new RecordNotFoundException("DealLine", lineId));
    }

    /** Checks one line as a form's fields, without the {@code lines[i].} prefix. */
    private static DealLineForm checked(DealLineForm form) {
        Checks checks = new Checks();
        DealLineForm checked = checked(checks, "", form);
        checks.throwIfAny();
        return checked;
    }

    /** Puts the currency's rounding on every line again, after the deal's currency changed. */
    void recurrency(Deal deal) {
        List<DealLineForm> forms = of(deal.getId(), deal.getCurrency()).stream().map(DealLineView::toForm).toList();
        if (!forms.isEmpty()) {
            replace(deal, forms);
        }
    }

    /** Makes the sum of the deal's lines its amount, if it has any. */
    void total(Deal deal) {
        List<DealLineView> current = of(deal.getId(), deal.getCurrency());
        if (!current.isEmpty()) {
            deal.linesTotal(current.stream().map(DealLineView::amount).reduce(Money.zero(deal.getCurrency()), Money::plus));
        }
    }

    private static DealLineForm checked(Checks checks, String prefix, DealLineForm form) {
        String description = checks.required(prefix + "description", form.description(), 500);
        if (form.quantity() == null) {
            checks.reject(prefix + "quantity", "validation.customers.required");
        }
        else if (form.quantity().signum() <= 0) {
            checks.reject(prefix + "quantity", "validation.deals.quantity");
        }
        checks.amount(prefix + "quantity", form.quantity(), false);
        if (form.unitPrice() == null) {
            checks.reject(prefix + "unitPrice", "validation.customers.required");
        }
        checks.amount(prefix + "unitPrice", form.unitPrice(), false);
        checks.percent(prefix + "discountPercent", form.discountPercent());
        if (form.quantity() != null && form.unitPrice() != null && !checks.hasProblems()) {
            checks.amount(prefix + "unitPrice", form.quantity().multiply(form.unitPrice()).setScale(4, RoundingMode.HALF_UP), false);
        }
        return new DealLineForm(form.productId(), description, form.quantity(), form.unitPrice(),
                form.discountPercent() == null ? java.math.BigDecimal.ZERO : form.discountPercent());
    }
}
