package org.clientele.billing.quotes.web;

import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.quotes.QuoteForm;
import org.clientele.billing.quotes.QuoteListFilter;
import org.clientele.billing.quotes.QuoteLists;
import org.clientele.billing.quotes.QuoteManagement;
import org.clientele.billing.quotes.QuoteStatus;
import org.clientele.billing.quotes.QuoteView;
import org.clientele.customers.CustomerPicker;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.SystemMail;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * Quotations on pages: the list, a new one (also from a deal, a company or a contact), editing a
 * draft with rows of lines added and removed on the page, deleting a draft, and the detail page.
 * The form's "add row" and "remove row" buttons post the form back without saving it.
 */
@Controller
@RequestMapping("/quotes")
class QuotePageController {

    private final QuoteManagement quotes;
    private final QuoteLists lists;
    private final QuotePageOptions options;
    private final ExchangeRates exchangeRates;
    private final SystemMail mail;
    private final CustomerPicker picker;

    QuotePageController(QuoteManagement quotes, QuoteLists lists, QuotePageOptions options, ExchangeRates exchangeRates,
            SystemMail mail, CustomerPicker picker) {
        this.mail = mail;
        this.picker = picker;
        this.quotes = quotes;
        this.lists = lists;
        this.options = options;
        this.exchangeRates = exchangeRates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Model model) {
        String chosenStatus = status == null || status.isBlank() ? null : status;
        String chosenSort = sort == null || !QuoteLists.SORTS.contains(sort) ? QuoteLists.DEFAULT_SORT : sort;
        QuoteListFilter filter = new QuoteListFilter(q, chosenStatus, companyId, null, null, null);
        model.addAttribute("page", lists.list(filter, PageRequest.of(null, chosenSort, cursor, QuoteLists.DEFAULT_SORT)));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", chosenSort);
        model.addAttribute("sorts", QuoteLists.SORTS);
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute("companies", options.companies(null, companyId));
        return "billing/quotes/quotes";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('billing:write')")
    String newQuote(@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long dealId, @AuthenticationPrincipal SignedInUser me, Model model) {
        QuoteForm form = dealId != null ? quotes.newFormFromDeal(me.userId(), dealId)
                : quotes.newForm(me.userId(), companyId, contactId, exchangeRates.reportingCurrency().value());
        model.addAttribute("form", QuotePageForm.of(form, null, options.defaultTaxRateId()));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('billing:write')")
    String create(@ModelAttribute("form") QuotePageForm form, BindingResult errors, @RequestParam(required = false) String row,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        if (row != null) {
            return rows(form, row, model, null);
        }
        if (!errors.hasErrors()) {
            try {
                QuoteView created = quotes.create(me.userId(), form.toForm(me.userId()));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quotes.created", created.label()));
                return "redirect:/quotes/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    String show(@PathVariable long id, Model model, Authentication who) {
        QuoteView quote = quote(id);
        boolean writer = who.getAuthorities().stream().anyMatch(authority -> "billing:write".equals(authority.getAuthority()));
        model.addAttribute("quote", quote);
        model.addAttribute("mail", writer && quote.status().editable() ? quotes.mailDefaults(id) : null);
        model.addAttribute("publicLink", writer ? quotes.publicLink(id).map(link -> mail.link(link.path())).orElse(null) : null);
        return "billing/quotes/quote";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('billing:write')")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        QuoteView quote = quote(id);
        if (!quote.status().editable()) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("quotes.conflict.not-draft"));
            return "redirect:/quotes/" + id;
        }
        model.addAttribute("form", QuotePageForm.of(quote));
        return form(model, quote);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:write')")
    String change(@PathVariable long id, @ModelAttribute("form") QuotePageForm form, BindingResult errors,
            @RequestParam(required = false) String row, @AuthenticationPrincipal SignedInUser me, Model model,
            RedirectAttributes redirect) {
        QuoteView quote = quote(id);
        if (row != null) {
            return rows(form, row, model, quote);
        }
        if (!errors.hasErrors()) {
            try {
                quotes.change(id, form.toForm(me.userId()), form.version());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quotes.saved"));
                return "redirect:/quotes/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, quote);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("quote", quote(id));
        return "billing/quotes/quote-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('billing:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        QuoteView quote = quote(id);
        quotes.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quotes.deleted", quote.label()));
        return quote.previousRevisionId() != null ? "redirect:/quotes/" + quote.previousRevisionId() : "redirect:/quotes";
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

    /** Adds a row ({@code row=add}) or removes one ({@code row=<index>}) and shows the form again, unsaved. */
    private String rows(QuotePageForm form, String row, Model model, QuoteView quote) {
        List<QuotePageForm.Row> rows = new ArrayList<>(form.rows());
        if (row.equals("add")) {
            rows.add(QuotePageForm.Row.blank(options.defaultTaxRateId()));
        }
        else if (row.matches("\\d{1,3}") && Integer.parseInt(row) < rows.size()) {
            rows.remove(Integer.parseInt(row));
        }
        model.addAttribute("form", form.withRows(rows));
        return form(model, quote);
    }

    private QuoteView quote(long id) {
        return quotes.find(id).orElseThrow(() -> new RecordNotFoundException("Quote", id));
    }

    private String form(Model model, QuoteView quote) {
        QuotePageForm form = (QuotePageForm) model.getAttribute("form");
        model.addAttribute("quote", quote);
        picker.offerCompanies(model, form.companyId());
        picker.offerContacts(model, form.companyId(), form.contactId());
        model.addAttribute("products", options.products());
        model.addAttribute("taxRates", options.taxRates());
        model.addAttribute("users", options.users(form.ownerId()));
        model.addAttribute("teams", options.teams());
        return "billing/quotes/quote-form";
    }
}
