package org.clientele.sales.deals;

import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.CurrencyCode;

/**
 * The forecast of open deals, in the reporting currency, each deal converted at the rate of its
 * expected close date (decision 0015).
 *
 * @param pipelineId the pipeline it covers, or {@code null} for every pipeline
 * @param rows overdue first, then the months from this one on, then later ones and those without a date
 */
public record DealForecastView(Long pipelineId, List<DealBoardPipeline> pipelines, List<DealForecastMonth> rows,
        DealBoardTotal amount, DealBoardTotal weighted, CurrencyCode reportingCurrency, LocalDate today) {

    public DealForecastView {
        pipelines = List.copyOf(pipelines);
        rows = List.copyOf(rows);
    }
}
