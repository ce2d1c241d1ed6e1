package org.clientele.sales.deals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientele.sales.deals.DealListFilter;
import org.clientele.shared.InvalidInputException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter parameters the board, the deal list, the forecast and the API share, bound from the
 * query string. Pages read them leniently (a date that cannot be read filters nothing); the API
 * refuses it with 422.
 */
record DealListParameters(@Schema(description = "Text in the deal's name") String q,
        @Schema(description = "A pipeline id") Long pipelineId, @Schema(description = "A stage id") Long stageId,
        @Schema(description = "OPEN, WON or LOST") String status, @Schema(description = "The owner's user id") Long ownerId,
        @Schema(description = "A team id") Long teamId,
        @Schema(description = "Expected to close on or after this day, such as 2026-01-01") String expectedCloseFrom,
        @Schema(description = "Expected to close on or before this day") String expectedCloseTo) {

    /** @throws InvalidInputException for a date that cannot be read or a period that ends before it starts */
    DealListFilter strictly() {
        LocalDate from = checked("expectedCloseFrom", expectedCloseFrom);
        LocalDate to = checked("expectedCloseTo", expectedCloseTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("expectedCloseTo", "deals.list.period.reversed");
        }
        return new DealListFilter(q, pipelineId, stageId, status, ownerId, teamId, from, to);
    }

    /** For pages: unreadable dates and unknown statuses filter nothing. */
    DealListFilter leniently() {
        LocalDate from = date(expectedCloseFrom);
        LocalDate to = date(expectedCloseTo);
        boolean reversed = from != null && to != null && to.isBefore(from);
        String knownStatus = status != null && status.matches("OPEN|WON|LOST") ? status : null;
        return new DealListFilter(q, pipelineId, stageId, knownStatus, ownerId, teamId, reversed ? null : from,
                reversed ? null : to);
    }

    /** The query string of these filters with another pipeline, for links of the list that keep them. */
    String query(Long pipeline) {
        UriComponentsBuilder link = boardLink(pipeline);
        add(link, "stageId", stageId);
        add(link, "status", status);
        return queryOf(link);
    }

    /** The query string of the filters the board applies (not the stage and the status, which are its columns). */
    String boardQuery(Long pipeline) {
        return queryOf(boardLink(pipeline));
    }

    private UriComponentsBuilder boardLink(Long pipeline) {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        add(link, "pipelineId", pipeline);
        add(link, "q", q == null || q.isBlank() ? null : q);
        add(link, "ownerId", ownerId);
        add(link, "teamId", teamId);
        add(link, "expectedCloseFrom", date(expectedCloseFrom));
        add(link, "expectedCloseTo", date(expectedCloseTo));
        return link;
    }

    private static String queryOf(UriComponentsBuilder link) {
        String query = link.encode().build().getQuery();
        return query == null ? "" : query;
    }

    public LocalDate from() {
        return date(expectedCloseFrom);
    }

    public LocalDate to() {
        return date(expectedCloseTo);
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static LocalDate checked(String field, String value) {
        LocalDate date = date(value);
        if (date == null && value != null && !value.isBlank()) {
            throw InvalidInputException.of(field, "deals.list.date");
        }
        return date;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
