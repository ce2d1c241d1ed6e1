package org.clientele.billing.invoices.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.invoices.InvoiceAging;
import org.clientele.billing.invoices.InvoiceExport;
import org.clientele.billing.invoices.InvoiceListRow;
import org.clientele.billing.invoices.InvoiceLists;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invoice lists and reports", description = "Invoices page by page with filters, the accounting export and the aging report")
class InvoiceListApiController {

    private final InvoiceLists lists;
    private final InvoiceExport export;
    private final InvoiceAging aging;

    InvoiceListApiController(InvoiceLists lists, InvoiceExport export, InvoiceAging aging) {
        this.lists = lists;
        this.export = export;
        this.aging = aging;
    }

    @GetMapping("/api/v1/invoices")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "List the invoices and credit notes you may see", description = "Pages by keyset: pass `next` as `cursor`. "
            + "sort: number, issuedOn, dueOn, total, createdAt, each with - for descending (default -createdAt); drafts (no number "
            + "or dates) come last either way. count=estimate adds estimatedCount, counted up to 1000 (1001 means more).")
    InvoicePageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @ParameterObject InvoiceListParameters parameters,
            @RequestParam(required = false) @Parameter(description = "estimate") String count) {
        if (count != null && !count.equals("estimate")) {
            throw InvalidInputException.of("count", "validation.invoices.count");
        }
        var filter = parameters.strictly();
        CursorPage<InvoiceListRow> page = lists.list(filter, PageRequest.of(limit, sort, cursor, InvoiceLists.DEFAULT_SORT));
        return new InvoicePageJson(page.data().stream().map(InvoiceRowJson::of).toList(), page.next(),
                count == null ? null : lists.estimate(filter));
    }

    @GetMapping(path = {"/api/v1/invoices/export.csv", "/invoices/export.csv"}, produces = "text/csv")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Accounting export (CSV)", description = "One row per issued invoice and credit note you may see, issued "
            + "from `from` to `to` (YYYY-MM-DD, both optional and included): number, kind, status, issued_on, due_on, customer, "
            + "customer_tax_id, currency, net, tax, gross, paid, credited, outstanding, credited_invoice. UTF-8 with a byte order mark.")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpServletResponse response)
            throws IOException {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw InvalidInputException.of("to", "validation.invoices.period-reversed");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"invoices.csv\"");
        export.write(first, last, response.getOutputStream());
    }

    @GetMapping("/api/v1/reports/invoice-aging")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Invoice aging", description = "Per currency, what is outstanding on the open invoices you may see and how "
            + "many, by days past due on asOf (default today, UTC): current (not yet due), 1-30, 31-60, 61-90, 90+.")
    AgingJson aging(@RequestParam(required = false) String asOf) {
        LocalDate day = date("asOf", asOf);
        return AgingJson.of(aging.asOf(day == null ? LocalDate.now(ZoneOffset.UTC) : day));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw InvalidInputException.of(field, "validation.invoices.date");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvoicePageJson(List<InvoiceRowJson> data, @JsonInclude(JsonInclude.Include.ALWAYS) String next, Long estimatedCount) {
    }

    record InvoiceRowJson(String id, String number, String kind, String status, String customer, String companyId, String contactId,
            LocalDate issuedOn, LocalDate dueOn, MoneyJson total, MoneyJson outstanding, String ownerId, String teamId,
            Instant createdAt) {

        static InvoiceRowJson of(InvoiceListRow row) {
            return new InvoiceRowJson(Ids.of(row.id()), row.number(), row.kind().name(), row.status().name(), row.customer(),
                    Ids.of(row.companyId()), Ids.of(row.contactId()), row.issuedOn(), row.dueOn(), MoneyJson.of(row.total()),
                    MoneyJson.of(row.outstanding()), Ids.of(row.ownerId()), Ids.of(row.teamId()), row.createdAt());
        }
    }

    record AgingJson(LocalDate asOf, List<AgingCurrencyJson> currencies) {

        static AgingJson of(InvoiceAging.Report report) {
            return new AgingJson(report.asOf(), report.currencies().stream().map(AgingCurrencyJson::of).toList());
        }
    }

    record AgingCurrencyJson(String currency, List<BucketJson> buckets, MoneyJson total, long count) {

        static AgingCurrencyJson of(InvoiceAging.CurrencyAging aging) {
            return new AgingCurrencyJson(aging.currency().value(),
                    aging.buckets().stream().map(bucket -> new BucketJson(bucket.key(), MoneyJson.of(bucket.amount()), bucket.count()))
                            .toList(), MoneyJson.of(aging.total()), aging.count());
        }
    }

    record BucketJson(String bucket, MoneyJson amount, long count) {
    }
}
