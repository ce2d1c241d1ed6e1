package org.clientele.sales.deals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.sales.deals.DealBoardTotal;
import org.clientele.sales.deals.DealForecastMonth;
import org.clientele.sales.deals.DealForecastView;
import org.clientele.sales.deals.DealForecasts;
import org.clientele.sales.deals.DealListRow;
import org.clientele.sales.deals.DealLists;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.web.MoneyJson;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deal lists and forecast", description = "Deals page by page with filters, and the forecast of open deals by month")
class DealListApiController {

    private final DealLists lists;
    private final DealForecasts forecasts;

    DealListApiController(DealLists lists, DealForecasts forecasts) {
        this.lists = lists;
        this.forecasts = forecasts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "List the deals you may see",
            description = "Pages by keyset: pass `next` as `cursor`. sort: name, amount, expectedClose, createdAt, each with - for "
                    + "descending (default -createdAt); deals without an amount or expected close come last either way. "
                    + "Amounts sort as numbers whatever their currency. count=estimate adds estimatedCount, counted up to 1000 "
                    + "(1001 means more).")
    DealPageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @ParameterObject DealListParameters parameters,
            @RequestParam(required = false) @Parameter(description = "estimate") String count) {
        if (count != null && !count.equals("estimate")) {
            throw InvalidInputException.of("count", "deals.list.count");
        }
        var filter = parameters.strictly();
        CursorPage<DealListRow> page = lists.list(filter, PageRequest.of(limit, sort, cursor, DealLists.DEFAULT_SORT));
        return new DealPageJson(page.data().stream().map(DealRowJson::of).toList(), page.next(),
                count == null ? null : lists.estimate(filter));
    }

    @GetMapping("/forecast")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Forecast of open deals by expected-close month",
            description = "Rows: OVERDUE (expected before today), the 12 months from this one (MONTH with month YYYY-MM), LATER "
                    + "and NO_DATE. amount is unweighted, weighted is amount x probability / 100, both in the reporting currency; "
                    + "each deal converts at the rate of its expected close date (the latest rate on or before it), deals "
                    + "without a date at today's rate. withoutRate counts deals that could not be converted and are left out "
                    + "of the sums. Filters: pipelineId, ownerId, teamId, expectedCloseFrom/To, q.")
    DealForecastJson forecast(@ParameterObject DealListParameters parameters) {
        return DealForecastJson.of(forecasts.forecast(parameters.strictly()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DealPageJson(List<DealRowJson> data, @JsonInclude(JsonInclude.Include.ALWAYS) String next, Long estimatedCount) {
    }

    record DealRowJson(String id, String name, String pipelineId, String pipelineName, String stageId, String stageName,
            String status, MoneyJson amount, String probability, LocalDate expectedClose, String companyId,
            String companyName, String ownerId, String ownerName, String teamId, boolean important, Instant createdAt) {

        static DealRowJson of(DealListRow row) {
            return new DealRowJson(Long.toString(row.id()), row.name(), Long.toString(row.pipelineId()), row.pipelineName(),
                    Long.toString(row.stageId()), row.stageName(), row.status(), MoneyJson.rounded(row.amount()), row.probability().stripTrailingZeros().toPlainString(),
                    row.expectedClose(), id(row.companyId()), row.companyName(), Long.toString(row.ownerId()), row.ownerName(),
                    id(row.teamId()), row.important(), row.createdAt());
        }

        private static String id(Long id) {
            return id == null ? null : id.toString();
        }
    }

    record DealForecastJson(String pipelineId, String currency, List<DealForecastRowJson> rows, DealForecastRowJson total) {

        static DealForecastJson of(DealForecastView view) {
            return new DealForecastJson(view.pipelineId() == null ? null : view.pipelineId().toString(),
                    view.reportingCurrency().value(), view.rows().stream().map(DealForecastRowJson::of).toList(),
                    DealForecastRowJson.of("TOTAL", null, view.amount(), view.weighted()));
        }
    }

    record DealForecastRowJson(String period, String month, long deals, MoneyJson amount, MoneyJson weighted, long withoutRate) {

        static DealForecastRowJson of(DealForecastMonth row) {
            return of(row.period(), row.month() == null ? null : row.month().toString(), row.amount(), row.weighted());
        }

        static DealForecastRowJson of(String period, String month, DealBoardTotal amount, DealBoardTotal weighted) {
            return new DealForecastRowJson(period, month, amount.count(), MoneyJson.rounded(amount.sum()),
                    MoneyJson.rounded(weighted.sum()), amount.withoutRate());
        }
    }
}
