package org.clientele.sales.deals;

import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.CurrencyCode;

/**
 * A pipeline's board: a column per stage, open stages first, then won and lost.
 *
 * @param ratesOn the date whose exchange rates convert the column sums
 */
public record DealBoardView(DealBoardPipeline pipeline, List<DealBoardPipeline> pipelines, List<DealBoardColumn> columns,
        CurrencyCode reportingCurrency, LocalDate ratesOn) {

    public DealBoardView {
        pipelines = List.copyOf(pipelines);
        columns = List.copyOf(columns);
    }
}
