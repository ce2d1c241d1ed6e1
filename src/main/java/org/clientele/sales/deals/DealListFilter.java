package org.clientele.sales.deals;

import java.time.LocalDate;

/**
 * Which deals a list, the board or the forecast shows, besides those the reader may not see.
 * Every part is optional; the board and the forecast take the pipeline from elsewhere and ignore
 * the stage and the status.
 *
 * @param q text in the deal's name
 * @param status OPEN, WON or LOST
 * @param expectedCloseFrom first expected-close day included
 * @param expectedCloseTo last expected-close day included
 */
public record DealListFilter(String q, Long pipelineId, Long stageId, String status, Long ownerId, Long teamId,
        LocalDate expectedCloseFrom, LocalDate expectedCloseTo) {

    public static DealListFilter none() {
        return new DealListFilter(null, null, null, null, null, null, null, null);
    }

    /** The same filter for the board of one pipeline, whose columns are the stages and statuses. */
    public DealListFilter onBoard(Long pipeline) {
        return new DealListFilter(q, pipeline, null, null, ownerId, teamId, expectedCloseFrom, expectedCloseTo);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && pipelineId == null && stageId == null && status == null && ownerId == null
                && teamId == null && expectedCloseFrom == null && expectedCloseTo == null;
    }
}
