package org.clientele.customers.web;

import java.util.List;
import java.util.function.BiFunction;

import org.clientele.customers.CompanySummary;
import org.clientele.customers.ContactSummary;
import org.clientele.customers.LeadSummary;

/**
 * One column of an exported list: the message key of its heading and its text for a row, given
 * the names of the users and teams the rows refer to. Times are ISO-8601 in UTC, dates ISO-8601.
 */
record ExportColumn<T>(String headingKey, BiFunction<T, ExportNames, Object> value) {

    static final List<ExportColumn<CompanySummary>> COMPANIES = List.of(
            new ExportColumn<>("export.column.id", (c, names) -> c.id()),
            new ExportColumn<>("export.column.name", (c, names) -> c.name()),
            new ExportColumn<>("export.column.website", (c, names) -> c.website()),
            new ExportColumn<>("export.column.email", (c, names) -> c.email()),
            new ExportColumn<>("export.column.phone", (c, names) -> c.phone()),
            new ExportColumn<>("export.column.city", (c, names) -> c.city()),
            new ExportColumn<>("export.column.country", (c, names) -> c.country()),
            new ExportColumn<>("export.column.owner", (c, names) -> names.user(c.ownerId())),
            new ExportColumn<>("export.column.team", (c, names) -> names.team(c.teamId())),
            new ExportColumn<>("export.column.created", (c, names) -> c.createdAt()));

    static final List<ExportColumn<ContactSummary>> CONTACTS = List.of(
            new ExportColumn<>("export.column.id", (c, names) -> c.id()),
            new ExportColumn<>("export.column.first-name", (c, names) -> c.firstName()),
            new ExportColumn<>("export.column.last-name", (c, names) -> c.lastName()),
            new ExportColumn<>("export.column.title", (c, names) -> c.title()),
            new ExportColumn<>("export.column.company", (c, names) -> c.companyName()),
            new ExportColumn<>("export.column.email", (c, names) -> c.email()),
            new ExportColumn<>("export.column.phone", (c, names) -> c.phone()),
            new ExportColumn<>("export.column.city", (c, names) -> c.city()),
            new ExportColumn<>("export.column.country", (c, names) -> c.country()),
            new ExportColumn<>("export.column.owner", (c, names) -> names.user(c.ownerId())),
            new ExportColumn<>("export.column.team", (c, names) -> names.team(c.teamId())),
            new ExportColumn<>("export.column.created", (c, names) -> c.createdAt()));

    static final List<ExportColumn<LeadSummary>> LEADS = List.of(
            new ExportColumn<>("export.column.id", (l, names) -> l.id()),
            new ExportColumn<>("export.column.status", (l, names) -> names.message("leads.status." + l.status().name())),
            new ExportColumn<>("export.column.first-name", (l, names) -> l.firstName()),
            new ExportColumn<>("export.column.last-name", (l, names) -> l.lastName()),
            new ExportColumn<>("export.column.company", (l, names) -> l.companyName()),
            new ExportColumn<>("export.column.email", (l, names) -> l.email()),
            new ExportColumn<>("export.column.phone", (l, names) -> l.phone()),
            new ExportColumn<>("export.column.country", (l, names) -> l.country()),
            new ExportColumn<>("export.column.source", (l, names) -> l.sourceName()),
            new ExportColumn<>("export.column.owner", (l, names) -> names.user(l.ownerId())),
            new ExportColumn<>("export.column.team", (l, names) -> names.team(l.teamId())),
            new ExportColumn<>("export.column.created", (l, names) -> l.createdAt()));
}
