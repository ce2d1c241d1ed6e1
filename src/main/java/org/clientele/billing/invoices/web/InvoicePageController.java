package org.clientele.billing.invoices.web;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.invoices.InvoiceDocuments;
import org.clientele.billing.invoices.InvoiceManagement;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.customers.CustomerPicker;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Draft invoices on pages: new (also from a company's or contact's page), edit with rows of lines
 * added and removed, delete; the detail page; the PDF. Only drafts are edited or deleted.
 */
@Controller
@RequestMapping("/invoices")
class InvoicePageController {

    private final InvoiceManagement invoices;
    private final InvoiceDocuments documents;
    private final InvoicePageOptions options;
    private final InvoiceDetails details;
    private final SellerProfiles sellers;
    private final ExchangeRates exchangeRates;
    private final CustomerPicker picker;

    InvoicePageController(InvoiceManagement invoices, InvoiceDocuments documents, InvoicePageOptions options, InvoiceDetails details,
            SellerProfiles sellers, ExchangeRates exchangeRates, CustomerPicker picker) {
        this.invoices = invoices;
        this.documents = documents;
        this.options = options;
        this.details = details;
        this.sellers = sellers;
        this.exchangeRates = exchangeRates;
        this.picker = picker;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('billing:write')")
    String newInvoice(@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long contactId, Model model) {
        TaxRateView rate = options.defaultRate();
        model.addAttribute("form", InvoicePageForm.blank(companyId, contactId, exchangeRates.reportingCurrency().value(),
                sellers.current().defaultLanguage(), rate == null ? null : rate.id(), rate != null && rate.includedByDefault()));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('billing:write')")
    String create(@ModelAttribute("form") InvoicePageForm form, BindingResult errors, @RequestParam(required = false) String addLine,
            @RequestParam(required = false) Integer removeLine, @AuthenticationPrincipal SignedInUser me, Model model,
            RedirectAttributes redirect) {
        if (rowsChanged(form, addLine, removeLine) || errors.hasErrors()) {
            return form(model, null);
        }
        try {
            InvoiceView created = invoices.create(me.userId(), form.toDraft());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoices.created"));
            return "redirect:/invoices/" + created.id();
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    String show(@PathVariable long id, Model model) {
        details.addTo(model, invoice(id));
        return "billing/invoices/invoice";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('billing:write')")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        InvoiceView invoice = invoice(id);
        if (!invoice.isDraft()) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("invoices.conflict.issued"));
            return "redirect:/invoices/" + id;
        }
        model.addAttribute("form", InvoicePageForm.of(invoice));
        return form(model, invoice);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:write')")
    String change(@PathVariable long id, @ModelAttribute("form") InvoicePageForm form, BindingResult errors,
            @RequestParam(required = false) String addLine, @RequestParam(required = false) Integer removeLine, Model model,
            RedirectAttributes redirect) {
        InvoiceView invoice = invoice(id);
        if (rowsChanged(form, addLine, removeLine) || errors.hasErrors()) {
            return form(model, invoice);
        }
        try {
            invoices.change(id, form.toDraft(invoice), form.getVersion());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoices.saved"));
            return "redirect:/invoices/" + id;
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            errors.reject("customers.changed-meanwhile");
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/invoices/" + id;
        }
        return form(model, invoice);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("invoice", invoice(id));
        model.addAttribute("action", "delete");
        return "billing/invoices/confirm";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        invoice(id);
        try {
            invoices.delete(id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoices.deleted"));
            return "redirect:/invoices";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/invoices/" + id;
        }
    }

    @GetMapping("/{id}/pdf")
    @PreAuthorize("hasAuthority('billing:read')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return InvoiceApiController.pdfResponse(documents.pdf(id));
    }

    @GetMapping("/company-options")
    @PreAuthorize("hasAuthority('billing:write')")
    String companyOptions(@RequestParam(required = false) String companySearch, @RequestParam(required = false) Long companyId,
            Model model) {
        return picker.companyOptions(model, companySearch, companyId);
    }

    @GetMapping("/contact-options")
    @PreAuthorize("hasAuthority('billing:write')")
    String contactOptions(@RequestParam(required = false) String contactSearch, @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) Long contactId, Model model) {
        return picker.contactOptions(model, contactSearch, companyId, contactId);
    }

    private boolean rowsChanged(InvoicePageForm form, String addLine, Integer removeLine) {
        if (addLine != null) {
            TaxRateView rate = options.defaultRate();
            form.addRow(rate == null ? null : rate.id(), rate != null && rate.includedByDefault());
            return true;
        }
        if (removeLine != null) {
            form.removeRow(removeLine);
            return true;
        }
        return false;
    }

    private InvoiceView invoice(long id) {
        return invoices.find(id).orElseThrow(() -> new RecordNotFoundException("Invoice", id));
    }

    private String form(Model model, InvoiceView invoice) {
        InvoicePageForm form = (InvoicePageForm) model.getAttribute("form");
        model.addAttribute("invoice", invoice);
        picker.offerCompanies(model, form.getCompanyId());
        picker.offerContacts(model, form.getCompanyId(), form.getContactId());
        model.addAttribute("taxRates", options.taxRates());
        return "billing/invoices/invoice-form";
    }
}
