package org.clientele.sales.currencies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.clientele.platform.SystemSettings;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currencies in use (what forms offer for amounts) and the reporting currency (what reports
 * and board totals are shown in). The reporting currency is a system setting, EUR on a new
 * installation, and always one of the currencies in use. Changing either is left to the callers'
 * permission check (administrators).
 */
@Service
public class CurrencyManagement {

    static final String REPORTING_SETTING = "sales.currencies.reporting";
    static final CurrencyCode DEFAULT_REPORTING = CurrencyCode.of("EUR");

    private final JdbcClient jdbc;
    private final SystemSettings settings;

    CurrencyManagement(JdbcClient jdbc, SystemSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The currency reports and board totals are shown in. */
    @Transactional(readOnly = true)
    public CurrencyCode reportingCurrency() {
        return settings.find(REPORTING_SETTING).filter(CurrencyCode::isValid).map(CurrencyCode::of).orElse(DEFAULT_REPORTING);
    }

    /** The codes in use, in alphabetical order; the reporting currency is always among them. */
    @Transactional(readOnly = true)
    public List<CurrencyCode> inUse() {
        List<CurrencyCode> codes = jdbc.sql("select code from currencies order by code").query(String.class).list().stream()
                .map(CurrencyCode::of).toList();
        CurrencyCode reporting = reportingCurrency();
        return codes.contains(reporting) ? codes : java.util.stream.Stream.concat(codes.stream(), java.util.stream.Stream.of(reporting))
                .sorted().toList();
    }

    /** Every ISO 4217 code the JDK knows, in alphabetical order: what an administrator may put in use. */
    public List<CurrencyCode> known() {
        return java.util.Currency.getAvailableCurrencies().stream().map(java.util.Currency::getCurrencyCode)
                .filter(CurrencyCode::isValid).map(CurrencyCode::of).sorted().toList();
    }

    /** Whether forms offer the currency. */
    @Transactional(readOnly = true)
    public boolean isInUse(CurrencyCode code) {
        return inUse().contains(code);
    }

    /**
     * Puts a currency in use; one already in use stays as it is.
     *
     * @throws InvalidInputException if the text is not an ISO 4217 code
     */
    @Transactional
    public CurrencyCode add(String code) {
        CurrencyCode checked = checked("code", code);
        if (jdbc.sql("select count(*) from currencies where code = ?").param(checked.value()).query(Integer.class).single() == 0) {
            jdbc.sql("insert into currencies (code, added_at) values (?, ?)").params(checked.value(), Timestamp.from(Instant.now()))
                    .update();
        }
        return checked;
    }

    /**
     * Takes a currency out of use: forms no longer offer it; amounts and rates in it stay.
     *
     * @throws InvalidInputException if it is the reporting currency or not a code
     */
    @Transactional
    public void remove(String code) {
        CurrencyCode checked = checked("code", code);
        if (checked.equals(reportingCurrency())) {
            throw InvalidInputException.of("code", "validation.currencies.reporting-in-use");
        }
        jdbc.sql("delete from currencies where code = ?").param(checked.value()).update();
    }

    /**
     * Makes a currency the reporting currency, and puts it in use.
     *
     * @throws InvalidInputException if the text is not an ISO 4217 code
     */
    @Transactional
    public CurrencyCode changeReportingCurrency(String code) {
        CurrencyCode checked = add(code);
        settings.put(REPORTING_SETTING, checked.value());
        return checked;
    }

    /** The code, or a 422 naming the field if the text is not an ISO 4217 code the JDK knows. */
    static CurrencyCode checked(String field, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of(field, "validation.currencies.code-required");
        }
        if (!CurrencyCode.isValid(code)) {
            throw InvalidInputException.of(field, "validation.currencies.code-unknown");
        }
        return CurrencyCode.of(code);
    }
}
