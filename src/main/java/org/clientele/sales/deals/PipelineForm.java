package org.clientele.sales.deals;

/** A pipeline's name and the team it is offered to ({@code null}: everyone). */
public record PipelineForm(String name, Long teamId) {
}
