package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.RecordVisibility;
import org.clientele.platform.DatabaseVendor;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The forecast: open deals by expected-close month, unweighted and weighted (amount x probability
 * / 100). One aggregate query groups the deals by expected close date and currency; each group
 * converts at the rate of that date (a date with no rate yet uses the latest known one, as
 * {@link ExchangeRates} does), deals without a date at today's rate. Not transactional, for the
 * reason given on {@link DealBoards}.
 */
@Service
public class DealForecasts {

    /** Months shown, from the current one on. */
    public static final int MONTHS = 12;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final DealBoardQueries board;
    private final RecordVisibility visibility;
    private final ExchangeRates rates;
    private final Clock clock = Clock.systemUTC();

    DealForecasts(JdbcClient jdbc, DatabaseVendor vendor, DealBoardQueries board, RecordVisibility visibility, ExchangeRates rates) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.board = board;
        this.visibility = visibility;
        this.rates = rates;
    }

    /**
     * @param filter its pipeline, or none for every pipeline; stage and status are ignored
     * @throws RecordNotFoundException if the filter names a pipeline that is not active
     */
    public DealForecastView forecast(DealListFilter filter) {
        List<DealBoardPipeline> pipelines = board.pipelines();
        if (filter.pipelineId() != null && pipelines.stream().noneMatch(p -> p.id() == filter.pipelineId())) {
            throw new RecordNotFoundException("Pipeline", filter.pipelineId());
        }
        LocalDate today = LocalDate.now(clock);
        CurrencyCode reporting = rates.reportingCurrency();
        YearMonth first = YearMonth.from(today);
        Map<String, DealForecastMonth> rows = new LinkedHashMap<>();
        DealBoardTotal zero = DealBoardTotal.zero(reporting);
        rows.put(DealForecastMonth.OVERDUE, new DealForecastMonth(DealForecastMonth.OVERDUE, null, zero, zero));
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            rows.put(month.toString(), new DealForecastMonth(DealForecastMonth.MONTH, month, zero, zero));
        }
        rows.put(DealForecastMonth.LATER, new DealForecastMonth(DealForecastMonth.LATER, null, zero, zero));
        rows.put(DealForecastMonth.NO_DATE, new DealForecastMonth(DealForecastMonth.NO_DATE, null, zero, zero));
        DealListFilter open = new DealListFilter(filter.q(), filter.pipelineId(), null, "OPEN", filter.ownerId(), filter.teamId(),
                filter.expectedCloseFrom(), filter.expectedCloseTo());
        DealListQuery query = new DealListQuery(vendor, "select d.expected_close, d.currency, count(*) as deals, "
                + "count(d.amount) as priced, sum(d.amount) as amount, sum(d.amount * d.probability) as weighted from deals d where",
                visibility.viewer(), open).append("group by d.expected_close, d.currency");
        for (DateSum sum : query.list(jdbc, (rs, n) -> new DateSum(rs.getObject("expected_close", LocalDate.class),
                CurrencyCode.of(rs.getString("currency").strip()), rs.getLong("deals"), rs.getLong("priced"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("weighted")))) {
            LocalDate rateDate = sum.expectedClose() == null ? today : sum.expectedClose();
            DealBoardTotal amount = zero.plus(sum.deals(), sum.priced(), sum.amount(), sum.currency(), rateDate, rates);
            BigDecimal weighted = sum.weighted() == null ? null : sum.weighted().divide(HUNDRED);
            DealBoardTotal weightedTotal = zero.plus(sum.deals(), sum.priced(), weighted, sum.currency(), rateDate, rates);
            rows.computeIfPresent(key(sum.expectedClose(), today, first), (k, row) -> row.plus(amount, weightedTotal));
        }
        List<DealForecastMonth> shown = new ArrayList<>(rows.values());
        DealBoardTotal amount = shown.stream().map(DealForecastMonth::amount).reduce(zero, DealBoardTotal::plus);
        DealBoardTotal weighted = shown.stream().map(DealForecastMonth::weighted).reduce(zero, DealBoardTotal::plus);
        return new DealForecastView(filter.pipelineId(), pipelines, shown, amount, weighted, reporting, today);
    }

    private static String key(LocalDate expectedClose, LocalDate today, YearMonth first) {
        if (expectedClose == null) {
            return DealForecastMonth.NO_DATE;
        }
        if (expectedClose.isBefore(today)) {
            return DealForecastMonth.OVERDUE;
        }
        YearMonth month = YearMonth.from(expectedClose);
        return month.isAfter(first.plusMonths(MONTHS - 1)) ? DealForecastMonth.LATER : month.toString();
    }

    private record DateSum(LocalDate expectedClose, CurrencyCode currency, long deals, long priced, BigDecimal amount,
            BigDecimal weighted) {
    }
}
