package org.clientele.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.CompanySummary;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.Countries;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.customers.DuplicatesFoundException;
import org.clientele.customers.TaggedType;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
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

/** Companies on pages: the list with search, filters and sort; details; create, edit and delete. */
@Controller
@RequestMapping("/companies")
class CompanyPageController {

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;
    private final PageChoices choices;
    private final ReferenceOptions options;
    private final ReferenceDataManagement referenceData;
    private final RecordPageExtras pageExtras;

    CompanyPageController(CompanyManagement companies, ContactManagement contacts, LeadManagement leads, PageChoices choices,
            ReferenceOptions options, ReferenceDataManagement referenceData, RecordPageExtras pageExtras) {
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
        this.choices = choices;
        this.options = options;
        this.referenceData = referenceData;
        this.pageExtras = pageExtras;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long typeId, @RequestParam(required = false) Long industryId,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) Long tag, CreatedRange created) {
        String code = Countries.isKnown(Countries.normalize(country)) ? Countries.normalize(country) : null;
        CompanyFilter filter = new CompanyFilter(q, ownerId, teamId, code, typeId, industryId, tag, created.leniently());
        String effectiveSort = sort != null && CompanyManagement.sorts().contains(sort) ? sort : CompanyManagement.defaultSort();
        ListPages.Filters filters = new ListPages.Filters(q, ownerId, teamId, code, null, effectiveSort)
                .with("typeId", typeId).with("industryId", industryId).with("tag", tag)
                .with("createdFrom", created.from()).with("createdTo", created.to());
        CursorPage<CompanySummary> page = companies.list(filter, ListPages.pageRequest(effectiveSort, cursor));
        Map<Long, String> owners = choices.activeUsers();
        model.addAttribute("page", page);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("owners", owners);
        model.addAttribute("userNames", choices.usersWith(owners, page.data().stream().map(CompanySummary::ownerId).toList()));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("types", options.of(ReferenceKind.COMPANY_TYPE, typeId));
        model.addAttribute("industries", options.of(ReferenceKind.INDUSTRY, industryId));
        pageExtras.addToList(model, TaggedType.COMPANY, page.data().stream().map(CompanySummary::id).toList());
        return HtmxRequests.wantsFragment(request, response) ? "customers/companies :: results" : "customers/companies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('customers:write')")
    String newCompany(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("form", CompanyPageForm.of(companies.newForm(me.userId()), null));
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String create(@ModelAttribute("form") CompanyPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") boolean allowDuplicates, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CompanyView created = companies.create(me.userId(), form.toForm(), allowDuplicates);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("companies.created", created.name()));
                return "redirect:/companies/" + created.id();
            }
            catch (DuplicatesFoundException ex) {
                model.addAttribute("duplicates", ex.candidates());
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null, locale);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    String show(@PathVariable long id, Model model) {
        CompanyView company = company(id);
        model.addAttribute("company", company);
        model.addAttribute("users", choices.namesOf(ListPages.people(company.ownerId(), company.coOwnerIds(), company.createdBy())));
        model.addAttribute("teamNames", choices.teamNameOf(company.teamId()));
        model.addAttribute("contacts", contacts.list(ContactFilter.atCompany(id),
                new PageRequest(ListPages.PAGE_SIZE, ContactManagement.defaultSort(), null)));
        model.addAttribute("fromLead", leads.convertedToCompany(id).orElse(null));
        model.addAttribute("typeNames", referenceData.names(ReferenceKind.COMPANY_TYPE));
        model.addAttribute("sourceNames", referenceData.names(ReferenceKind.LEAD_SOURCE));
        model.addAttribute("industryNames", referenceData.names(ReferenceKind.INDUSTRY));
        pageExtras.addToDetail(model, TaggedType.COMPANY, id);
        return "customers/company";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('customers:write')")
    String edit(@PathVariable long id, Model model, Locale locale) {
        CompanyView company = company(id);
        model.addAttribute("form", CompanyPageForm.of(company));
        return form(model, company, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    String change(@PathVariable long id, @ModelAttribute("form") CompanyPageForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        CompanyView company = company(id);
        if (!errors.hasErrors()) {
            try {
                CompanyView saved = companies.change(id, form.toForm(), form.version());
                if (companies.find(id).isEmpty()) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("companies.saved-out-of-sight", saved.name()));
                    return "redirect:/companies";
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("companies.saved"));
                return "redirect:/companies/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, company, locale);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("company", company(id));
        model.addAttribute("hasContacts", companies.hasContacts(id));
        return "customers/company-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CompanyView company = company(id);
        try {
            companies.delete(id);
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/companies/" + id;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("companies.deleted", company.name()));
        return "redirect:/companies";
    }

    private CompanyView company(long id) {
        return companies.find(id).orElseThrow(() -> new RecordNotFoundException("Company", id));
    }

    private String form(Model model, CompanyView company, Locale locale) {
        model.addAttribute("company", company);
        model.addAttribute("users", choices.usersWith(company == null ? List.of()
                : ListPages.people(company.ownerId(), company.coOwnerIds(), null)));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("types", options.of(ReferenceKind.COMPANY_TYPE, company == null ? null : company.typeId()));
        model.addAttribute("sources", options.of(ReferenceKind.LEAD_SOURCE, company == null ? null : company.sourceId()));
        model.addAttribute("industries", options.of(ReferenceKind.INDUSTRY, company == null ? List.of() : company.industryIds()));
        return "customers/company-form";
    }
}
