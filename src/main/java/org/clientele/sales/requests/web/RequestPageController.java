package org.clientele.sales.requests.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.Countries;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.requests.MatchChoice;
import org.clientele.sales.requests.RequestFilter;
import org.clientele.sales.requests.RequestManagement;
import org.clientele.sales.requests.RequestSource;
import org.clientele.sales.requests.RequestStatus;
import org.clientele.sales.requests.RequestSummary;
import org.clientele.sales.requests.RequestView;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
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
 * The request inbox on pages: the list with filters, search and sort; a request with its match
 * panel (confirm, choose another, clear); entering and editing by hand; close, reopen, delete.
 */
@Controller
@RequestMapping("/requests")
class RequestPageController {

    static final int PAGE_SIZE = 25;

    private final RequestManagement requests;
    private final ReferenceDataManagement referenceData;
    private final ContactManagement contacts;
    private final CompanyManagement companies;
    private final LeadManagement leads;
    private final SalesPageChoices choices;
    private final DealManagement deals;

    RequestPageController(RequestManagement requests, ReferenceDataManagement referenceData, ContactManagement contacts,
            CompanyManagement companies, LeadManagement leads, SalesPageChoices choices, DealManagement deals) {
        this.requests = requests;
        this.referenceData = referenceData;
        this.contacts = contacts;
        this.companies = companies;
        this.leads = leads;
        this.choices = choices;
        this.deals = deals;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String source, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) String flag, @RequestParam(defaultValue = "false") boolean unverified,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        RequestFilter filter = new RequestFilter(q, RequestApiController.enumOrNull(RequestStatus.class, status),
                RequestApiController.enumOrNull(RequestSource.class, source), ownerId,
                flag != null && RequestFilter.FLAGS.contains(flag) ? flag : null, unverified);
        String effectiveSort = sort != null && RequestManagement.sorts().contains(sort) ? sort : RequestManagement.defaultSort();
        CursorPage<RequestSummary> page;
        try {
            page = requests.list(filter, PageRequest.of(PAGE_SIZE, effectiveSort, cursor, RequestManagement.defaultSort()));
        }
        catch (InvalidInputException ex) {
            page = requests.list(filter, PageRequest.of(PAGE_SIZE, effectiveSort, null, RequestManagement.defaultSort()));
        }
        model.addAttribute("page", page);
        model.addAttribute("filters", new RequestListFilters(filter, effectiveSort));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("sources", RequestSource.values());
        model.addAttribute("flags", RequestFilter.FLAGS);
        model.addAttribute("owners", choices.owners(page.data().stream().map(RequestSummary::ownerId).toList()));
        return HtmxRequests.wantsFragment(request, response) ? "sales/requests/requests :: results" : "sales/requests/requests";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('sales:write')")
    String newRequest(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("form", RequestPageForm.of(requests.newForm(me.userId()), null));
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('sales:write')")
    String create(@ModelAttribute("form") RequestPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                RequestView created = requests.create(me.userId(), form.toForm());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("requests.created", created.ticket()));
                return "redirect:/requests/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null, locale);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    String show(@PathVariable long id, Model model, Locale locale) {
        RequestView request = request(id);
        model.addAttribute("request", request);
        model.addAttribute("matchedContact", request.contactId() == null ? null
                : contacts.find(request.contactId()).map(contact -> contact.fullName()).orElse(null));
        model.addAttribute("matchedCompany", request.companyId() == null ? null
                : companies.find(request.companyId()).map(company -> company.name()).orElse(null));
        model.addAttribute("matchedLead", request.leadId() == null ? null
                : leads.find(request.leadId()).map(lead -> lead.displayName()).orElse(null));
        model.addAttribute("deal", request.dealId() == null ? null : deals.find(request.dealId()).orElse(null));
        model.addAttribute("candidates", request.status().open() ? requests.candidates(id) : List.of());
        model.addAttribute("owners", choices.owners(List.of(request.ownerId())));
        model.addAttribute("sourceNames", referenceData.names(ReferenceKind.LEAD_SOURCE));
        model.addAttribute("countryName", request.country() == null ? null : Countries.name(request.country(), locale));
        return "sales/requests/request";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('sales:write')")
    String edit(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        RequestView request = request(id);
        if (!request.status().open()) {
            return readOnly(request, redirect);
        }
        model.addAttribute("form", RequestPageForm.of(request));
        return form(model, request, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @ModelAttribute("form") RequestPageForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        RequestView request = request(id);
        if (!errors.hasErrors()) {
            try {
                requests.change(id, form.toForm(), form.version());
                if (requests.find(id).isEmpty()) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("requests.saved-out-of-sight", request.ticket()));
                    return "redirect:/requests";
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("requests.saved"));
                return "redirect:/requests/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
            catch (ConflictException ex) {
                return readOnly(request, redirect);
            }
        }
        return form(model, request, locale);
    }

    /** The match panel's decision: confirm, choose one candidate (a contact, company or lead), or clear. */
    @PostMapping("/{id}/match")
    @PreAuthorize("hasAuthority('sales:write')")
    String match(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) Long leadId, RedirectAttributes redirect) {
        RequestView request = request(id);
        MatchChoice choice = switch (action) {
            case "confirm" -> MatchChoice.confirm();
            case "clear" -> MatchChoice.clear();
            default -> new MatchChoice(MatchChoice.Action.CHOOSE, contactId != null ? contactId : request.contactId(),
                    companyId != null ? companyId : request.companyId(), leadId != null ? leadId : request.leadId());
        };
        return act(id, redirect, () -> requests.match(id, choice), "requests.matched." + choice.action().name().toLowerCase(Locale.ROOT));
    }

    /** "Create deal": the request becomes a deal linked to it and its match. */
    @PostMapping("/{id}/convert")
    @PreAuthorize("hasAuthority('sales:write')")
    String convert(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        request(id);
        return act(id, redirect, () -> requests.convert(id, me.userId()), "requests.converted");
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('sales:write')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        request(id);
        return act(id, redirect, () -> requests.close(id), "requests.closed");
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('sales:write')")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        request(id);
        return act(id, redirect, () -> requests.reopen(id), "requests.reopened");
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model, RedirectAttributes redirect) {
        RequestView request = request(id);
        if (request.status() == RequestStatus.CONVERTED) {
            return readOnly(request, redirect);
        }
        model.addAttribute("request", request);
        return "sales/requests/request-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        RequestView request = request(id);
        try {
            requests.delete(id);
        }
        catch (ConflictException ex) {
            return readOnly(request, redirect);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("requests.deleted", request.ticket()));
        return "redirect:/requests";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return "redirect:/requests/" + id;
    }

    private static String readOnly(RequestView request, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(request.status() == RequestStatus.CONVERTED
                ? "requests.converted.read-only" : "requests.closed.read-only"));
        return "redirect:/requests/" + request.id();
    }

    private RequestView request(long id) {
        return requests.find(id).orElseThrow(() -> new RecordNotFoundException("Request", id));
    }

    private String form(Model model, RequestView request, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("owners", choices.owners(request == null ? List.of() : List.of(request.ownerId())));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("leadSources", leadSources(request == null ? null : request.leadSourceId()));
        model.addAttribute("sources", List.of(RequestSource.MANUAL, RequestSource.EMAIL, RequestSource.PHONE));
        return "sales/requests/request-form";
    }

    /** The lead sources offered to the user, and the request's current one even if no longer offered. */
    private Map<Long, String> leadSources(Long current) {
        Map<Long, String> options = new java.util.LinkedHashMap<>();
        referenceData.offered(ReferenceKind.LEAD_SOURCE).forEach(entry -> options.put(entry.id(), entry.name()));
        if (current != null && !options.containsKey(current)) {
            referenceData.find(ReferenceKind.LEAD_SOURCE, current).ifPresent(entry -> options.put(entry.id(), entry.name()));
        }
        return options;
    }
}
