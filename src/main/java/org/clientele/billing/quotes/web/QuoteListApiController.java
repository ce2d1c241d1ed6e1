package org.clientele.billing.quotes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.billing.quotes.QuoteListFilter;
import org.clientele.billing.quotes.QuoteListRow;
import org.clientele.billing.quotes.QuoteLists;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotations")
class QuoteListApiController {

    private final QuoteLists lists;

    QuoteListApiController(QuoteLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "List the quotations you may see", description = "Pages by keyset: pass `next` as `cursor`. sort: createdAt, "
            + "issueDate, validUntil, total, number, each with - for descending (default -createdAt). Filters: status (without it, "
            + "superseded revisions are left out), companyId, contactId, dealId, ownerId, q (text in the number).")
    QuotePageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long dealId, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) String q) {
        CursorPage<QuoteListRow> page = lists.list(new QuoteListFilter(q, status, companyId, contactId, dealId, ownerId),
                PageRequest.of(limit, sort, cursor, QuoteLists.DEFAULT_SORT));
        return new QuotePageJson(page.data().stream().map(QuoteRowJson::of).toList(), page.next());
    }

    record QuotePageJson(List<QuoteRowJson> data, String next) {
    }

    record QuoteRowJson(String id, String number, int revision, String label, String status, LocalDate issueDate, LocalDate validUntil,
            MoneyJson total, String companyId, String companyName, String contactId, String contactName, String dealId,
            String invoiceId, String ownerId, String ownerName, Instant createdAt) {

        static QuoteRowJson of(QuoteListRow row) {
            return new QuoteRowJson(Ids.of(row.id()), row.number(), row.revision(), row.label(), row.status().name(), row.issueDate(),
                    row.validUntil(), MoneyJson.rounded(row.total()), Ids.of(row.companyId()), row.companyName(),
                    Ids.of(row.contactId()), row.contactName(), Ids.of(row.dealId()), Ids.of(row.invoiceId()), Ids.of(row.ownerId()),
                    row.ownerName(), row.createdAt());
        }
    }
}
