package org.clientele.billing.ledger.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.ledger.LedgerExport;
import org.clientele.billing.ledger.LedgerList;
import org.clientele.billing.ledger.LedgerManagement;
import org.clientele.billing.ledger.LedgerRow;
import org.clientele.billing.ledger.PaymentMethod;
import org.clientele.billing.ledger.TransactionCategoryManagement;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionKind;
import org.clientele.billing.ledger.TransactionView;
import org.clientele.customers.CustomerPicker;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.sales.currencies.CurrencyManagement;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The ledger on pages: the list with filters and sort, the CSV export, recording a transaction of each kind, details and deletion. */
@Controller
@RequestMapping("/payments")
class PaymentPageController {

    private final LedgerList list;
    private final LedgerManagement ledger;
    private final LedgerExport export;
    private final TransactionCategoryManagement categories;
    private final InvoicePayments invoices;
    private final CurrencyManagement currencies;
    private final LedgerPageOptions options;
    private final CustomerPicker picker;

    PaymentPageController(LedgerList list, LedgerManagement ledger, LedgerExport export, TransactionCategoryManagement categories,
            InvoicePayments invoices, CurrencyManagement currencies, LedgerPageOptions options, CustomerPicker picker) {
        this.list = list;
        this.ledger = ledger;
        this.export = export;
        this.categories = categories;
        this.invoices = invoices;
        this.currencies = currencies;
        this.options = options;
        this.picker = picker;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    String list(PaymentListFilters filters, @RequestParam(required = false) String cursor, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("filters", filters);
        model.addAttribute("page", list.page(filters.toFilter(), PageRequest.of(null, filters.sort(), cursor, LedgerList.DEFAULT_SORT)));
        model.addAttribute("categories", categories.all());
        model.addAttribute("categoryNames", categories.names());
        model.addAttribute("directions", TransactionDirection.values());
        model.addAttribute("kinds", TransactionKind.values());
        return HtmxRequests.wantsFragment(request, response) ? "billing/ledger/payments :: results" : "billing/ledger/payments";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('billing:read')")
    void exportCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
            throws IOException {
        LedgerCsv.prepare(response, from, to);
        export.write(from, to, response.getOutputStream());
    }

    /** The kind chooser, or the form for a kind (for a customer, when one is given); with an invoice, a payment of what is outstanding on it. */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('billing:write')")
    String newPayment(@RequestParam(required = false) TransactionKind kind, @RequestParam(required = false) Long invoiceId,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) Long contactId, Model model) {
        LocalDate today = LocalDate.now();
        if (invoiceId != null) {
            InvoiceBalance invoice = invoices.balance(invoiceId).orElseThrow(() -> new RecordNotFoundException("Invoice", invoiceId));
            model.addAttribute("form", PaymentPageForm.forInvoice(invoiceId, invoice.party().companyId(), invoice.party().contactId(),
                    invoice.outstanding().rounded().amount(), invoice.outstanding().currency().value(), invoice.number(), today));
            return form(model);
        }
        if (kind == null) {
            model.addAttribute("kinds", TransactionKind.values());
            return "billing/ledger/kinds";
        }
        model.addAttribute("form", PaymentPageForm.blank(kind, currencies.reportingCurrency().value(), today, companyId, contactId));
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('billing:write')")
    String record(@ModelAttribute("form") PaymentPageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                TransactionView recorded = ledger.record(form.toForm());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("payments.recorded"));
                return "redirect:/payments/" + recorded.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ConflictException ex) {
                errors.reject(ex.messageCode());
            }
        }
        return form(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    String show(@PathVariable long id, Model model) {
        LedgerRow row = row(id);
        model.addAttribute("row", row);
        model.addAttribute("payment", row.transaction());
        model.addAttribute("invoice", row.transaction().invoiceId() == null ? null : invoices.balance(row.transaction().invoiceId()).orElse(null));
        model.addAttribute("categoryNames", categories.names());
        return "billing/ledger/payment";
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("row", row(id));
        return "billing/ledger/payment-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        row(id);
        ledger.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("payments.deleted"));
        return "redirect:/payments";
    }

    @GetMapping("/company-options")
    @PreAuthorize("hasAuthority('billing:write')")
    String companyOptions(@RequestParam(required = false) String companySearch, @RequestParam(required = false) Long companyId, Model model) {
        return picker.companyOptions(model, companySearch, companyId);
    }

    @GetMapping("/contact-options")
    @PreAuthorize("hasAuthority('billing:write')")
    String contactOptions(@RequestParam(required = false) String contactSearch, @RequestParam(required = false) Long contactId, Model model) {
        // A payment's contact need not work at its company, so the contacts are not narrowed to it.
        return picker.contactOptions(model, contactSearch, null, contactId);
    }

    private String form(Model model) {
        PaymentPageForm form = (PaymentPageForm) model.getAttribute("form");
        TransactionKind kind = form.kind() == null ? TransactionKind.CUSTOMER_PAYMENT : form.kind();
        model.addAttribute("kind", kind);
        model.addAttribute("invoice", form.invoiceId() == null ? null : invoices.balance(form.invoiceId()).orElse(null));
        model.addAttribute("categories", categories.all().stream().filter(category -> category.active()).toList());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("directions", TransactionDirection.values());
        model.addAttribute("codes", currencies.known());
        if (kind.counterparty() == TransactionKind.Counterparty.CUSTOMER) {
            picker.offerCompanies(model, form.companyId());
            picker.offerContacts(model, null, form.contactId());
        }
        if (kind == TransactionKind.SALARY) {
            model.addAttribute("employees", options.employees());
        }
        return "billing/ledger/payment-form";
    }

    private LedgerRow row(long id) {
        return list.find(id).orElseThrow(() -> new RecordNotFoundException("Transaction", id));
    }
}
