package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tax rates: what documents choose from, and their administration. */
@Service
public class TaxRateManagement implements TaxRates {

    static final String RECORD_TYPE = "TaxRate";
    static final int MAX_NAME = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TaxRateRows rates;

    TaxRateManagement(TaxRateRows rates) {
        this.rates = rates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaxRateView> find(long id) {
        return rates.findById(id).map(TaxRate::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaxRateView> active() {
        return rates.findByActiveTrueOrderByNameAscIdAsc().stream().map(TaxRate::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaxRateView> defaultRate() {
        return rates.findByDefaultRateTrue().map(TaxRate::toView);
    }

    /** Every rate, active ones first, by name. */
    @Transactional(readOnly = true)
    public List<TaxRateView> all() {
        return rates.findAllByOrderByActiveDescNameAscIdAsc().stream().map(TaxRate::toView).toList();
    }

    @Transactional
    public TaxRateView create(TaxRateForm form) {
        return rates.save(new TaxRate(checked(form, null))).toView();
    }

    @Transactional
    public TaxRateView change(long id, TaxRateForm form) {
        TaxRate rate = existing(id);
        rate.change(checked(form, id));
        return rate.toView();
    }

    /**
     * Creates ({@code id} {@code null}) or changes a rate together with whether it is active and the default, as the API sets them.
     * An inactive rate is never the default, whatever {@code isDefault} says.
     */
    @Transactional
    public TaxRateView save(Long id, TaxRateForm form, boolean active, boolean isDefault) {
        TaxRate rate = id == null ? rates.save(new TaxRate(checked(form, null))) : existing(id);
        if (id != null) {
            rate.change(checked(form, id));
        }
        if (rate.isActive() != active) {
            rate.activate(active);
        }
        if (active && isDefault && !rate.isDefaultRate()) {
            return markDefault(rate.getId());
        }
        if (!isDefault && rate.isDefaultRate()) {
            rate.markDefault(false);
        }
        return rate.toView();
    }

    /** An inactive rate is no longer offered and stops being the default; documents keep what they copied. */
    @Transactional
    public TaxRateView activate(long id, boolean active) {
        TaxRate rate = existing(id);
        rate.activate(active);
        return rate.toView();
    }

    /** Makes the rate the one new lines start with, in place of the previous default; an inactive rate cannot be. */
    @Transactional
    public TaxRateView markDefault(long id) {
        TaxRate rate = existing(id);
        if (!rate.isActive()) {
            throw InvalidInputException.of("isDefault", "validation.billing.tax-rate-inactive-default");
        }
        rates.findByDefaultRateTrue().filter(previous -> !previous.getId().equals(id)).ifPresent(previous -> {
            previous.markDefault(false);
            // The old default must be cleared in the database before the new one is set: one default at most.
            rates.flush();
        });
        rate.markDefault(true);
        return rate.toView();
    }

    private TaxRateForm checked(TaxRateForm form, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = form.name() == null ? null : form.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.billing.required"));
        }
        else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "validation.billing.too-long", MAX_NAME));
        }
        else if (rates.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(id)).isPresent()) {
            problems.add(new FieldProblem("name", "validation.billing.tax-rate-name-taken"));
        }
        BigDecimal percent = form.percent();
        if (percent == null) {
            problems.add(new FieldProblem("percent", "validation.billing.required"));
        }
        else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("percent", "validation.billing.percent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TaxRateForm(name, percent, form.includedByDefault());
    }

    private TaxRate existing(long id) {
        return rates.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }
}
