package org.clientele.sales.currencies.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.sales.currencies.AppliedRate;
import org.clientele.sales.currencies.CurrencyManagement;
import org.clientele.sales.currencies.DatedExchangeRates;
import org.clientele.sales.currencies.ExchangeRateFilter;
import org.clientele.sales.currencies.ExchangeRateForm;
import org.clientele.sales.currencies.ExchangeRateList;
import org.clientele.sales.currencies.ExchangeRateManagement;
import org.clientele.sales.currencies.ExchangeRateView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.MoneyJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Currencies in use, dated exchange rates and conversions with them. */
@RestController
@Tag(name = "Currencies", description = "Currencies in use, the reporting currency, dated exchange rates and conversions")
class ExchangeRateApiController {

    private static final String RATES = "/api/v1/exchange-rates";

    private final CurrencyManagement currencies;
    private final ExchangeRateManagement management;
    private final ExchangeRateList list;
    private final DatedExchangeRates rates;

    ExchangeRateApiController(CurrencyManagement currencies, ExchangeRateManagement management, ExchangeRateList list,
            DatedExchangeRates rates) {
        this.currencies = currencies;
        this.management = management;
        this.list = list;
        this.rates = rates;
    }

    @GetMapping("/api/v1/currencies")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "The currencies in use and the reporting currency",
            description = "In code order; reportingCurrency is the one reports and board totals are shown in.")
    CurrencyPageJson currencies(Locale locale) {
        CurrencyCode reporting = currencies.reportingCurrency();
        List<CurrencyJson> data = currencies.inUse().stream()
                .map(code -> new CurrencyJson(code.value(), code.displayName(locale), code.minorUnits(), code.equals(reporting)))
                .toList();
        return new CurrencyPageJson(data, null, reporting.value());
    }

    @GetMapping(RATES)
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Stored exchange rates, newest first",
            description = "One from is worth rate to from date on. from and to filter by currency; date keeps the rates dated on "
                    + "or before it, so the first row is the one in effect then. sort: -date (default) or date.")
    CursorPage<RateJson> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) @Parameter(description = "yyyy-mm-dd") String date,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor) {
        List<FieldProblem> problems = new ArrayList<>();
        ExchangeRateFilter filter = new ExchangeRateFilter(optionalCode("from", from, problems), optionalCode("to", to, problems),
                date == null || date.isBlank() ? null : date("date", date, problems));
        throwIfAny(problems);
        return list.page(filter, PageRequest.of(limit, sort, cursor, ExchangeRateList.DEFAULT_SORT)).map(RateJson::of);
    }

    @PostMapping(path = RATES, consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Record a rate by hand",
            description = "Body {\"from\", \"to\", \"rate\", \"date\"}: ISO 4217 codes, a positive rate as a decimal string (at most "
                    + "nine digits before the point and ten after), yyyy-mm-dd from 1970 to a year ahead. Replaces a loaded rate of "
                    + "the pair and day; a second manual rate of the same day is refused.")
    @ResponseStatus(HttpStatus.CREATED)
    RateJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "validation.exchange-rates.json-object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ExchangeRateForm form = new ExchangeRateForm(text(body, "from", problems), text(body, "to", problems),
                text(body, "rate", problems), text(body, "date", problems));
        throwIfAny(problems);
        ExchangeRateView created = management.create(form);
        return Created.at(response, RATES + "/" + created.id(), RateJson.of(created));
    }

    @DeleteMapping(RATES + "/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Delete a rate", description = "Manual or loaded; conversions then use the rate before it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        management.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(RATES + "/convert")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Convert an amount with the rate of a date",
            description = "The latest rate on or before date (today if left out): the pair's own, its inverse or a cross rate "
                    + "through EUR or the reporting currency. converted is at full precision (divisions at 34 significant "
                    + "digits), rounded at the currency's minor unit, half away from zero. 422 with the field date when no rate "
                    + "is known on or before the date.")
    ConversionJson convert(@RequestParam(required = false) String amount, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String date) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal value = amount(amount, problems);
        CurrencyCode source = requiredCode("from", from, problems);
        CurrencyCode target = requiredCode("to", to, problems);
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : date("date", date, problems);
        throwIfAny(problems);
        AppliedRate rate = rates.find(source, target, on).orElseThrow(() -> InvalidInputException.of("date",
                "validation.exchange-rates.no-rate", source.value(), target.value(), on.toString()));
        Money converted = rate.apply(new Money(value, source));
        return new ConversionJson(MoneyJson.of(new Money(value, source)), MoneyJson.of(converted), MoneyJson.of(converted.rounded()),
                rate.rate().toPlainString(), rate.on().toString(), rate.via().map(CurrencyCode::value).orElse(null));
    }

    private static String text(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        problems.add(new FieldProblem(field, "validation.exchange-rates.json-text"));
        return null;
    }

    private static BigDecimal amount(String amount, List<FieldProblem> problems) {
        if (amount == null || amount.isBlank()) {
            problems.add(new FieldProblem("amount", "validation.exchange-rates.amount"));
            return null;
        }
        try {
            return new BigDecimal(amount.strip());
        }
        catch (NumberFormatException ex) {
            problems.add(new FieldProblem("amount", "validation.exchange-rates.amount"));
            return null;
        }
    }

    private static CurrencyCode requiredCode(String field, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "validation.currencies.code-required"));
            return null;
        }
        return optionalCode(field, code, problems);
    }

    private static CurrencyCode optionalCode(String field, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!CurrencyCode.isValid(code)) {
            problems.add(new FieldProblem(field, "validation.currencies.code-unknown"));
            return null;
        }
        return CurrencyCode.of(code);
    }

    private static LocalDate date(String field, String date, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem(field, "validation.exchange-rates.date-format"));
            return null;
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    record CurrencyPageJson(List<CurrencyJson> data, String next, String reportingCurrency) {
    }

    record CurrencyJson(String code, String name, int minorUnits, boolean reporting) {
    }

    record RateJson(String id, String from, String to, String rate, String date, String source, String updatedAt) {

        static RateJson of(ExchangeRateView rate) {
            return new RateJson(Long.toString(rate.id()), rate.from().value(), rate.to().value(), rate.rate().toPlainString(),
                    rate.date().toString(), rate.source(), rate.updatedAt().toString());
        }
    }

    record ConversionJson(MoneyJson amount, MoneyJson converted, MoneyJson rounded, String rate, String rateDate, String via) {
    }
}
