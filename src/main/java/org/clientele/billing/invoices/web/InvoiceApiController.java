package org.clientele.billing.invoices.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.invoices.InvoiceDocuments;
import org.clientele.billing.invoices.InvoiceMailing;
import org.clientele.billing.invoices.InvoiceManagement;
import org.clientele.billing.invoices.InvoicePdf;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.JsonBodies;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices and credit notes: drafts, issuing, credit notes, voiding, PDF and mail")
class InvoiceApiController {

    private final InvoiceManagement invoices;
    private final InvoiceDocuments documents;
    private final InvoiceMailing mailing;
    private final JsonMapper json;

    InvoiceApiController(InvoiceManagement invoices, InvoiceDocuments documents, InvoiceMailing mailing, JsonMapper json) {
        this.invoices = invoices;
        this.documents = documents;
        this.mailing = mailing;
        this.json = json;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "One invoice or credit note", description = "With its lines, the tax breakdown per rate, totals and what is "
            + "paid, credited and outstanding. 404 if it does not exist or you may not see it.")
    InvoiceJson get(@PathVariable long id) {
        return InvoiceJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Create a draft invoice", description = "companyId or contactId (records you may see), currency and at "
            + "least one line are required. A line takes description, quantity, unitPrice (or a productId that fills them in), "
            + "optional unit, discountPercent, taxRateId and taxIncluded. paymentTermDays defaults to the seller's at issue; "
            + "language (en, de, es) to the seller's. You own the draft; your first team is its team.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = InvoiceInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        InvoiceView created = invoices.create(me.userId(), InvoiceInput.read(json, body).toDraft());
        return Created.at(response, "/api/v1/invoices/" + created.id(), InvoiceJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Change a draft (JSON merge patch)", description = "Only the members sent change; lines replace the whole "
            + "list. 409 once the invoice is issued: an issued invoice never changes (credit it instead). Send version to have the "
            + "change refused with 409 if someone else saved the draft since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = InvoiceInput.class)))
    InvoiceJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        InvoiceView current = existing(id);
        if (!current.isDraft()) {
            throw new ConflictException("invoices.conflict.issued", List.of(String.valueOf(id)));
        }
        InvoiceInput after = InvoiceInput.patched(json, InvoiceInput.of(current), patch);
        return InvoiceJson.of(invoices.change(id, after.toDraft(), patch.has("version") ? after.version() : null));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Delete a draft", description = "409 once issued: issued invoices are kept for good.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        existing(id);
        invoices.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Issue a draft", description = "Gives it the next gapless number of its series for the year, today's date, "
            + "the due date after its payment term, and freezes the customer's name and address. 409 if it is not a draft.")
    InvoiceJson issue(@PathVariable long id) {
        existing(id);
        return InvoiceJson.of(invoices.issue(id));
    }

    @PostMapping("/{id}/credit-notes")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Credit an issued invoice", description = "Optional body {\"lines\": [...]} with what to credit (positive "
            + "quantities, as on a draft); without lines, everything not credited yet. The credit note is issued at once with its "
            + "own number series and negative amounts; it first settles what is open on the invoice. 201 with the credit note. "
            + "409 for a draft, a void invoice, a credit note or an invoice credited in full; 422 for lines crediting more than is left.")
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceJson creditNote(@PathVariable long id, @RequestBody(required = false) JsonNode body, HttpServletResponse response) {
        existing(id);
        List<InvoiceInput.LineInput> lines = body == null || body.isNull() || body.isMissingNode() ? List.of()
                : JsonBodies.read(json, body, CreditInput.class).lines();
        InvoiceView note = invoices.creditNote(id, lines == null ? List.of() : lines.stream().map(line -> {
            if (line == null) {
                throw InvalidInputException.of("lines", "validation.billing.required");
            }
            return line.toInput();
        }).toList());
        return Created.at(response, "/api/v1/invoices/" + note.id(), InvoiceJson.of(note));
    }

    @PostMapping("/{id}/void")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Void an issued invoice", description = "Optional body {\"reason\": \"…\"}. Issues a credit note for "
            + "everything not credited yet and marks the invoice VOID, together. 409 if payments were made on it (refund them "
            + "first, or credit it by lines), or it is a draft, void already or a credit note. 200 with the credit note.")
    InvoiceJson voidInvoice(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        existing(id);
        String reason = body == null || body.isNull() || body.isMissingNode() ? null : JsonBodies.read(json, body, VoidInput.class).reason();
        return InvoiceJson.of(invoices.voidInvoice(id, reason));
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Mail an issued invoice with its PDF", description = "Optional body {\"to\", \"subject\", \"message\"}; to "
            + "defaults to the contact's e-mail address, else the company's; subject and message to the wording of the invoice's "
            + "language. 409 for a draft or a void invoice, or when no mail server is configured; 422 for an address that "
            + "cannot be mailed or none at all.")
    SentJson send(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        existing(id);
        SendInput input = body == null || body.isNull() || body.isMissingNode() ? new SendInput(null, null, null)
                : JsonBodies.read(json, body, SendInput.class);
        return new SentJson(mailing.send(id, input.to(), input.subject(), input.message()));
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The invoice as a PDF", description = "Named after its number; a draft prints marked as a draft.")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfResponse(documents.pdf(id));
    }

    static ResponseEntity<byte[]> pdfResponse(InvoicePdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .body(pdf.content());
    }

    private InvoiceView existing(long id) {
        return invoices.find(id).orElseThrow(() -> new RecordNotFoundException("Invoice", id));
    }

    record CreditInput(List<InvoiceInput.LineInput> lines) {
    }

    record VoidInput(String reason) {
    }

    record SendInput(String to, String subject, String message) {
    }

    record SentJson(String sentTo) {
    }
}
