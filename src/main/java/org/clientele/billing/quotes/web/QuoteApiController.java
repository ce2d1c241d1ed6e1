package org.clientele.billing.quotes.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.quotes.QuoteForm;
import org.clientele.billing.quotes.QuoteMail;
import org.clientele.billing.quotes.QuoteManagement;
import org.clientele.billing.quotes.QuoteView;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.SystemMail;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.JsonBodies;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotations", description = "Quotations: drafts with lines, sending, revisions, the customer's answer, the invoice and the PDF")
class QuoteApiController {

    private static final String WRITE = "billing:write";

    private final QuoteManagement quotes;
    private final SystemMail mail;
    private final JsonMapper json;

    QuoteApiController(QuoteManagement quotes, SystemMail mail, JsonMapper json) {
        this.quotes = quotes;
        this.mail = mail;
        this.json = json;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "One quotation", description = "With its lines, amounts and tax shares, and its revisions. publicLink, the "
            + "customer's signed link, is there while it is SENT and for users who may change quotations. 404 if it does not exist or "
            + "you may not see it.")
    QuoteJson get(@PathVariable long id, Authentication who) {
        return json(existing(id), who);
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Create a draft quotation", description = "companyId or contactId, currency and at least one line are "
            + "required. A line with a productId and no description or unitPrice takes the catalogue's. issueDate defaults to today, "
            + "validUntil to the seller's validity, language to the seller's. The number is taken from the quote series at once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = QuoteInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    QuoteJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, Authentication who,
            HttpServletResponse response) {
        QuoteForm blank = quotes.newForm(me.userId(), null, null, null);
        // Dates left out are worked out from each other (validity from the issue date), so they start empty here.
        QuoteInput input = QuoteInput.patched(json, new QuoteInput(null, null, null, null, null, null, null, null, null, null,
                blank.ownerId(), blank.teamId(), List.of(), null), body);
        QuoteView created = quotes.create(me.userId(), input.onto(blank));
        return Created.at(response, "/api/v1/quotes/" + created.id(), json(created, who));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Change a draft (JSON merge patch)", description = "Only the members sent change; lines, when sent, is the "
            + "whole new list. 409 unless it is a DRAFT. Send version to have the change refused with 409 if someone saved it since.")
    QuoteJson change(@PathVariable long id, @RequestBody JsonNode patch, Authentication who) {
        QuoteView current = existing(id);
        QuoteInput after = QuoteInput.patched(json, QuoteInput.of(current), patch);
        Long version = patch.has("version") ? after.version() : null;
        return json(quotes.change(id, after.onto(current.toForm()), version), who);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Delete a draft", description = "409 unless it is a DRAFT. A draft revision gives way to the one before it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        quotes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Send a draft", description = "Body {\"to\", \"subject\", \"message\"}, each optional: to defaults to the "
            + "contact's (else the company's) e-mail, subject and message to the default text in the quotation's language. The mail "
            + "carries the PDF and the customer's signed link. {\"mail\": false} marks it SENT without mail. 409 unless it is a DRAFT "
            + "or when no mail server takes the mail (then nothing changes).")
    QuoteJson send(@PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication who) {
        SendInput input = body == null || body.isNull() || body.isMissingNode() ? new SendInput(null, null, null, null)
                : JsonBodies.read(json, body, SendInput.class);
        if (Boolean.FALSE.equals(input.mail())) {
            return json(quotes.markSent(id), who);
        }
        return json(quotes.send(id, new QuoteMail(input.to(), input.subject(), input.message())), who);
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Make the next revision", description = "A DRAFT with the same number, revision + 1, the same fields and "
            + "lines, issued today. The quotation revised stays as it was, SUPERSEDED. 409 unless it is SENT, DECLINED or EXPIRED.")
    @ResponseStatus(HttpStatus.CREATED)
    QuoteJson revise(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Authentication who, HttpServletResponse response) {
        QuoteView next = quotes.revise(id, me.userId());
        return Created.at(response, "/api/v1/quotes/" + next.id(), json(next, who));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Record that the customer accepted", description = "Body {\"name\": who accepted}, required (422). "
            + "409 unless it is SENT.")
    QuoteJson accept(@PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication who) {
        AnswerInput input = answer(body);
        return json(quotes.recordAcceptance(id, input.name()), who);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Record that the customer declined", description = "Body {\"name\", \"reason\"}, both optional. 409 unless it "
            + "is SENT.")
    QuoteJson decline(@PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication who) {
        AnswerInput input = answer(body);
        return json(quotes.recordDecline(id, input.name(), input.reason()), who);
    }

    @PostMapping("/{id}/invoice")
    @PreAuthorize("hasAuthority('billing:write')")
    @Operation(summary = "Make the draft invoice of an accepted quotation", description = "Same party, currency, language, lines, "
            + "discount and deal. 201 with {\"invoiceId\"} and its Location. 409 unless it is ACCEPTED, or when it has its invoice "
            + "already (candidates holds that invoice's id).")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> invoice(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        long invoiceId = quotes.createInvoice(id, me.userId());
        return Created.at(response, "/api/v1/invoices/" + invoiceId, Map.of("invoiceId", Long.toString(invoiceId)));
    }

    @GetMapping(path = "/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The quotation as a PDF", description = "In the quotation's language.")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        QuoteView quote = existing(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(quote.label() + ".pdf").build().toString())
                .body(quotes.pdf(id));
    }

    private AnswerInput answer(JsonNode body) {
        return body == null || body.isNull() || body.isMissingNode() ? new AnswerInput(null, null)
                : JsonBodies.read(json, body, AnswerInput.class);
    }

    private QuoteJson json(QuoteView quote, Authentication who) {
        boolean writer = who.getAuthorities().stream().anyMatch(authority -> WRITE.equals(authority.getAuthority()));
        String link = writer && quote.status().open() ? quotes.publicLink(quote.id()).map(l -> mail.link(l.path())).orElse(null) : null;
        return QuoteJson.of(quote, link);
    }

    private QuoteView existing(long id) {
        return quotes.find(id).orElseThrow(() -> new RecordNotFoundException("Quote", id));
    }

    record SendInput(String to, String subject, String message, Boolean mail) {
    }

    record AnswerInput(String name, String reason) {
    }
}
