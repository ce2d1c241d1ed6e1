package org.clientele.billing.quotes.web;

import java.util.function.Supplier;

import org.clientele.billing.quotes.QuoteMail;
import org.clientele.billing.quotes.QuoteManagement;
import org.clientele.billing.quotes.QuoteView;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a quotation's page does besides editing: send it (or mark it sent), revise it, record the
 * customer's answer, make its invoice, and its PDF. Each action answers
 * with the quotation's page again, saying what happened or what was wrong.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteActionPageController {

    private final QuoteManagement quotes;
    private final MessageSource messages;

    QuoteActionPageController(QuoteManagement quotes, MessageSource messages) {
        this.quotes = quotes;
        this.messages = messages;
    }

    @PostMapping("/send")
    @PreAuthorize("hasAuthority('billing:write')")
    String send(@PathVariable long id, @RequestParam(required = false) String to, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        return done(id, redirect, () -> quotes.send(id, new QuoteMail(to, subject, message)), "quotes.sent");
    }

    @PostMapping("/mark-sent")
    @PreAuthorize("hasAuthority('billing:write')")
    String markSent(@PathVariable long id, RedirectAttributes redirect) {
        return done(id, redirect, () -> quotes.markSent(id), "quotes.marked-sent");
    }

    @PostMapping("/revise")
    @PreAuthorize("hasAuthority('billing:write')")
    String revise(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            QuoteView next = quotes.revise(id, me.userId());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quotes.revised", next.revision()));
            return "redirect:/quotes/" + next.id() + "/edit";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/quotes/" + id;
        }
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAuthority('billing:write')")
    String accept(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return done(id, redirect, () -> quotes.recordAcceptance(id, name), "quotes.accepted");
    }

    @PostMapping("/decline")
    @PreAuthorize("hasAuthority('billing:write')")
    String decline(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return done(id, redirect, () -> quotes.recordDecline(id, name, reason), "quotes.declined");
    }

    /** One click makes the invoice; a second click goes to the invoice made by the first. */
    @PostMapping("/invoice")
    @PreAuthorize("hasAuthority('billing:write')")
    String invoice(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            long invoiceId = quotes.createInvoice(id, me.userId());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quotes.invoiced"));
            return "redirect:/invoices/" + invoiceId;
        }
        catch (ConflictException ex) {
            if (!ex.candidateIds().isEmpty()) {
                return "redirect:/invoices/" + ex.candidateIds().get(0);
            }
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/quotes/" + id;
        }
    }

    @GetMapping("/pdf")
    @PreAuthorize("hasAuthority('billing:read')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        QuoteView quote = quotes.find(id).orElseThrow(() -> new RecordNotFoundException("Quote", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(quote.label() + ".pdf").build().toString())
                .body(quotes.pdf(id));
    }

    private String done(long id, RedirectAttributes redirect, Supplier<QuoteView> action, String successKey) {
        try {
            action.get();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(successKey));
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("quotes.action-invalid",
                    messages.getMessage(problem.messageCode(), problem.arguments(), LocaleContextHolder.getLocale())));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/quotes/" + id;
    }
}
