package org.clientele.billing.ledger.web;

import java.io.IOException;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.ledger.LedgerExport;
import org.clientele.billing.ledger.LedgerList;
import org.clientele.billing.ledger.LedgerManagement;
import org.clientele.billing.ledger.LedgerRow;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionFilter;
import org.clientele.billing.ledger.TransactionKind;
import org.clientele.billing.ledger.TransactionView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.JsonBodies;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Payments", description = "The ledger: payments received, refunds, third-party payments and salaries")
class PaymentApiController {

    private final LedgerList list;
    private final LedgerManagement ledger;
    private final LedgerExport export;
    private final JsonMapper json;

    PaymentApiController(LedgerList list, LedgerManagement ledger, LedgerExport export, JsonMapper json) {
        this.list = list;
        this.ledger = ledger;
        this.export = export;
        this.json = json;
    }

    @GetMapping("/api/v1/payments")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The ledger's transactions", description = "Cursor pages; sort -paidOn (default), paidOn, -amount or amount; "
            + "filters direction (IN, OUT), kind, categoryId, from and to (payment dates, included) and q (text in the counterparty's name).")
    CursorPage<PaymentJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q) {
        TransactionFilter filter = new TransactionFilter(choice(TransactionDirection.class, "direction", direction),
                choice(TransactionKind.class, "kind", kind), categoryId, from, to, q);
        return list.page(filter, PageRequest.of(limit, sort, cursor, LedgerList.DEFAULT_SORT)).map(PaymentJson::of);
    }

    @PostMapping(path = "/api/v1/payments", consumes = "application/json")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Record a transaction", description = "A CUSTOMER_PAYMENT with invoiceId pays (all or part of) the invoice in "
            + "the same transaction; in another currency it is converted at the rate of paidOn (decision 0021). 409 when the invoice "
            + "refuses it (a draft, void, or more than is outstanding); 422 naming each field at fault, such as an employeeUserId "
            + "that is no user.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PaymentInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    PaymentJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        TransactionView recorded = ledger.record(JsonBodies.read(json, body, PaymentInput.class).toForm());
        return Created.at(response, "/api/v1/payments/" + recorded.id(), PaymentJson.of(existing(recorded.id())));
    }

    @GetMapping("/api/v1/payments/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "One transaction", description = "404 if it does not exist or you may not see it.")
    PaymentJson get(@PathVariable long id) {
        return PaymentJson.of(existing(id));
    }

    @DeleteMapping("/api/v1/payments/{id}")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Delete a transaction", description = "A payment of an invoice is taken back from it in the same transaction.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        existing(id);
        ledger.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/payments/export.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The ledger as CSV for accounting", description = "Columns: date, direction, kind, counterparty, category, method, "
            + "reference, invoice number, amount, currency, exchange difference; oldest first; from and to optional.")
    void exportCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
            throws IOException {
        LedgerCsv.prepare(response, from, to);
        export.write(from, to, response.getOutputStream());
    }

    private LedgerRow existing(long id) {
        return list.find(id).orElseThrow(() -> new RecordNotFoundException("Transaction", id));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, "validation.ledger.choice-unknown");
        }
    }
}
