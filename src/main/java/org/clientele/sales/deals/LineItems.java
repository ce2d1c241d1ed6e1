package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientele.customers.CompanyManagement;
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductPrice;
import org.clientele.sales.products.ProductView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A deal's product lines: checks them, stores them in order and makes their sum the deal's
 * amount. Each line's amount is rounded to the currency's minor unit before they are added up,
 * as on an invoice. A line of a catalogue product takes the product's name and its price for the
 * deal's currency and company type (ProductCatalog.priceFor) where the user leaves them out.
 * Lines keep their ids when the list is replaced, as long as they are unchanged or changed in
 * place, because shipments refer to them.
 */
@Component
class LineItems {

    static final int MAX_LINES = 200;
    private static final int STEP = 10;

    private final DealLines lines;
    private final ProductCatalog catalog;
    private final CompanyManagement companies;

    LineItems(DealLines lines, ProductCatalog catalog, CompanyManagement companies) {
        this.lines = lines;
        this.catalog = catalog;
        this.companies = companies;
    }

    List<DealLineView> of(long dealId, CurrencyCode currency) {
        return lines.findByDealIdOrderByPositionAscIdAsc(dealId).stream().map(line -> line.toView(currency)).toList();
    }

    /**
     * Replaces every line of the deal, in the order given. An unchanged line keeps its row; a
     * changed one keeps the row at its place; the rest are new rows, and rows no longer wanted go.
     */
    void replace(Deal deal, List<DealLineForm> forms) {
        Checks checks = new Checks();
        if (forms.size() > MAX_LINES) {
            checks.reject("lines", "validation.customers.too-many", MAX_LINES);
        }
        List<DealLineForm> checked = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            checked.add(checked(checks, "lines[" + i + "].", deal, forms.get(i)));
        }
        checks.throwIfAny();
        List<DealLine> existing = lines.findByDealIdOrderByPositionAscIdAsc(deal.getId());
        List<DealLine> unused = new ArrayList<>(existing);
        List<DealLine> rows = new ArrayList<>();
        for (DealLineForm form : checked) {
            DealLine same = unused.stream().filter(line -> line.holds(form)).findFirst().orElse(null);
            unused.remove(same);
            rows.add(same);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null && i < existing.size() && unused.remove(existing.get(i))) {
                rows.set(i, existing.get(i));
            }
        }
        lines.deleteAll(unused);
        lines.flush();
        for (int i = 0; i < checked.size(); i++) {
            DealLine row = rows.get(i);
            if (row == null) {
                lines.save(new DealLine(deal.getId(), (i + 1) * STEP, checked.get(i), deal.getCurrency()));
            }
            else {
                row.change((i + 1) * STEP, checked.get(i), deal.getCurrency());
            }
        }
        lines.flush();
        total(deal);
    }

    /** Adds a line after the others. */
    void add(Deal deal, DealLineForm form) {
        List<DealLine> current = lines.findByDealIdOrderByPositionAscIdAsc(deal.getId());
        if (current.size() >= MAX_LINES) {
            throw InvalidInputException.of("lines", "validation.customers.too-many", MAX_LINES);
        }
        int position = current.stream().mapToInt(DealLine::getPosition).max().orElse(0) + STEP;
        lines.save(new DealLine(deal.getId(), position, checked(deal, form), deal.getCurrency()));
        lines.flush();
        total(deal);
    }

    /** Changes one line in place, keeping its id and place. */
    void change(Deal deal, long lineId, DealLineForm form) {
        DealLineForm checked = checked(deal, form);
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

    /** Checks one line of the deal as a form's fields, without the {@code lines[i].} prefix. */
    private DealLineForm checked(Deal deal, DealLineForm form) {
        Checks checks = new Checks();
        DealLineForm checked = checked(checks, "", deal, form);
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

    private DealLineForm checked(Checks checks, String prefix, Deal deal, DealLineForm form) {
        form = withProductDefaults(checks, prefix, deal, form);
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

    private DealLineForm withProductDefaults(Checks checks, String prefix, Deal deal, DealLineForm form) {
        if (form.productId() == null) {
            return form;
        }
        Optional<ProductView> product = catalog.find(form.productId());
        if (product.isEmpty()) {
            checks.reject(prefix + "productId", "validation.deals.product-unknown");
            return form;
        }
        String description = form.description() == null || form.description().isBlank() ? product.get().name() : form.description();
        BigDecimal unitPrice = form.unitPrice();
        if (unitPrice == null) {
            Long companyType = deal.getCompanyId() == null ? null : companies.typeOf(deal.getCompanyId()).orElse(null);
            unitPrice = catalog.priceFor(form.productId(), deal.getCurrency(), companyType, LocalDate.now())
                    .map(ProductPrice::price).map(Money::amount).orElse(null);
        }
        return new DealLineForm(form.productId(), description, form.quantity(), unitPrice, form.discountPercent());
    }
}
