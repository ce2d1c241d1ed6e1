package org.clientele.billing.invoices.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.billing.invoices.InvoiceMailing;
import org.clientele.billing.invoices.InvoiceManagement;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of the invoice page, each confirmed on a page of its own before it is done: issue,
 * credit everything not credited yet, void (with a reason), and send by mail. Each answers with
 * the invoice page (or the credit note's), saying what happened or what was wrong.
 */
@Controller
@RequestMapping("/invoices/{id}")
class InvoiceActionPageController {

    private final InvoiceManagement invoices;
    private final InvoiceMailing mailing;

    InvoiceActionPageController(InvoiceManagement invoices, InvoiceMailing mailing) {
        this.invoices = invoices;
        this.mailing = mailing;
    }

    /** The confirmation of issue, credit-note or void. */
    @GetMapping({"/issue", "/credit-note", "/void"})
    @PreAuthorize("hasAuthority('billing:write')")
    String confirm(@PathVariable long id, HttpServletRequest request, Model model) {
        String path = request.getRequestURI();
        model.addAttribute("invoice", invoice(id));
        model.addAttribute("action", path.substring(path.lastIndexOf('/') + 1));
        return "billing/invoices/confirm";
    }

    @PostMapping("/issue")
    @PreAuthorize("hasAuthority('billing:write')")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        invoice(id);
        return run(id, redirect, () -> invoices.issue(id), "invoices.issued");
    }

    @PostMapping("/credit-note")
    @PreAuthorize("hasAuthority('billing:write')")
    String creditNote(@PathVariable long id, RedirectAttributes redirect) {
        invoice(id);
        return run(id, redirect, () -> invoices.creditNote(id, null), "invoices.credited");
    }

    @PostMapping("/void")
    @PreAuthorize("hasAuthority('billing:write')")
    String voidInvoice(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        invoice(id);
        return run(id, redirect, () -> invoices.voidInvoice(id, reason), "invoices.voided");
    }

    @GetMapping("/send")
    @PreAuthorize("hasAuthority('billing:write')")
    String sendForm(@PathVariable long id, Model model) {
        model.addAttribute("invoice", invoice(id));
        return "billing/invoices/send";
    }

    @PostMapping("/send")
    @PreAuthorize("hasAuthority('billing:write')")
    String send(@PathVariable long id, @RequestParam(required = false) String to, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String message, Model model, RedirectAttributes redirect) {
        InvoiceView invoice = invoice(id);
        try {
            String sentTo = mailing.send(id, to, subject, message);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoices.sent", sentTo));
            return "redirect:/invoices/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("invoice", invoice);
            model.addAttribute("problem", ex.problems().get(0));
            model.addAttribute("to", to);
            model.addAttribute("subject", subject);
            model.addAttribute("message", message);
            return "billing/invoices/send";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/invoices/" + id;
        }
    }

    private String run(long id, RedirectAttributes redirect, Supplier<InvoiceView> action, String doneKey) {
        try {
            InvoiceView result = action.get();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, result.number()));
            return "redirect:/invoices/" + result.id();
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(problem.messageCode(), problem.arguments()));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/invoices/" + id;
    }

    private InvoiceView invoice(long id) {
        return invoices.find(id).orElseThrow(() -> new RecordNotFoundException("Invoice", id));
    }
}
