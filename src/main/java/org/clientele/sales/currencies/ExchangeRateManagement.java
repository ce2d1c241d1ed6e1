package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates entered by hand. One rate per pair and day: a manual rate replaces a loaded one of its day,
 * while a second manual rate for the same day is refused (edit the first). Changing rates is left
 * to the callers' permission check (administrators).
 */
@Service
public class ExchangeRateManagement {

    /** The source of rates entered by hand. */
    public static final String MANUAL = "MANUAL";
    static final String RECORD_TYPE = "ExchangeRate";

    /** numeric(19,10): at most nine digits before the point and ten after. */
    static final BigDecimal LARGEST_RATE = new BigDecimal("999999999.9999999999");
    static final int RATE_SCALE = 10;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    /** How far ahead a rate may be dated: budget rates for the coming year, not typos. */
    static final int DAYS_AHEAD = 366;

    private final ExchangeRateRows rows;

    ExchangeRateManagement(ExchangeRateRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Optional<ExchangeRateView> find(long id) {
        return rows.findById(id).map(ExchangeRate::toView);
    }

    /**
     * Records a rate by hand.
     *
     * @throws InvalidInputException if a field is missing or wrong, or a manual rate of the pair and day exists
     */
    @Transactional
    public ExchangeRateView create(ExchangeRateForm form) {
        Checked checked = check(form);
        Optional<ExchangeRate> sameDay = sameDay(checked);
        if (sameDay.isPresent() && MANUAL.equals(sameDay.get().source())) {
            throw InvalidInputException.of("date", "validation.exchange-rates.date-taken");
        }
        ExchangeRate rate = sameDay.orElse(null);
        if (rate == null) {
            rate = new ExchangeRate(checked.from, checked.to, checked.rate, checked.date, MANUAL);
        }
        else {
            rate.change(checked.from, checked.to, checked.rate, checked.date, MANUAL);
        }
        return rows.saveAndFlush(rate).toView();
    }

    /**
     * Changes a rate; a loaded rate changed by hand becomes a manual one.
     *
     * @throws RecordNotFoundException if there is no such rate
     * @throws InvalidInputException if a field is missing or wrong, or another rate of the pair and day exists
     */
    @Transactional
    public ExchangeRateView change(long id, ExchangeRateForm form) {
        ExchangeRate rate = rows.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        Checked checked = check(form);
        if (sameDay(checked).filter(other -> !other.getId().equals(rate.getId())).isPresent()) {
            throw InvalidInputException.of("date", "validation.exchange-rates.date-taken");
        }
        rate.change(checked.from, checked.to, checked.rate, checked.date, MANUAL);
        return rows.saveAndFlush(rate).toView();
    }

    /**
     * Deletes a rate, manual or loaded; conversions then use the one before it.
     *
     * @throws RecordNotFoundException if there is no such rate
     */
    @Transactional
    public void delete(long id) {
        ExchangeRate rate = rows.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        rows.delete(rate);
    }

    private Optional<ExchangeRate> sameDay(Checked checked) {
        return rows.findByBaseCurrencyAndQuoteCurrencyAndValidOn(checked.from.value(), checked.to.value(), checked.date);
    }

    private static Checked check(ExchangeRateForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        CurrencyCode from = code(form.from(), "from", problems);
        CurrencyCode to = code(form.to(), "to", problems);
        if (from != null && from.equals(to)) {
            problems.add(new FieldProblem("to", "validation.exchange-rates.same-currency"));
        }
        BigDecimal rate = rate(form.rate(), problems);
        LocalDate date = date(form.date(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(from, to, rate, date);
    }

    private static CurrencyCode code(String value, String field, List<FieldProblem> problems) {
        try {
            return CurrencyManagement.checked(field, value);
        }
        catch (InvalidInputException ex) {
            problems.addAll(ex.problems());
            return null;
        }
    }

    private static BigDecimal rate(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("rate", "validation.exchange-rates.rate-required"));
            return null;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(value.strip());
        }
        catch (NumberFormatException ex) {
            problems.add(new FieldProblem("rate", "validation.exchange-rates.rate-number"));
            return null;
        }
        if (rate.signum() <= 0) {
            problems.add(new FieldProblem("rate", "validation.exchange-rates.rate-positive"));
        }
        else if (rate.compareTo(LARGEST_RATE) > 0 || RateMath.clean(rate).scale() > RATE_SCALE) {
            problems.add(new FieldProblem("rate", "validation.exchange-rates.rate-digits", 9, RATE_SCALE));
        }
        return rate;
    }

    private static LocalDate date(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("date", "validation.exchange-rates.date-required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem("date", "validation.exchange-rates.date-format"));
            return null;
        }
        LocalDate latest = LocalDate.now().plusDays(DAYS_AHEAD);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
            problems.add(new FieldProblem("date", "validation.exchange-rates.date-range", EARLIEST_DATE.toString(), latest.toString()));
        }
        return date;
    }

    private record Checked(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date) {
    }
}
