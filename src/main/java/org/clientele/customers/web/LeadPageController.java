package org.clientele.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.Countries;
import org.clientele.customers.DuplicatesFoundException;
import org.clientele.customers.LeadConversion;
import org.clientele.customers.LeadFilter;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.LeadStatus;
import org.clientele.customers.LeadSummary;
import org.clientele.customers.LeadView;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.customers.TaggedType;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
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
 * Leads on pages: the list with status tabs, search, filters and sort; details with the actions
 * their status allows; create, edit and delete; disqualify with a reason; convert after choosing
 * the company and contact.
 */
@Controller
@RequestMapping("/leads")
class LeadPageController {

    private final LeadManagement leads;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final ReferenceDataManagement referenceData;
    private final ReferenceOptions options;
    private final PageChoices choices;
    private final RecordPageExtras pageExtras;

    LeadPageController(LeadManagement leads, CompanyManagement companies, ContactManagement contacts,
            ReferenceDataManagement referenceData, ReferenceOptions options, PageChoices choices, RecordPageExtras pageExtras) {
        this.leads = leads;
        this.companies = companies;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.options = options;
        this.choices = choices;
        this.pageExtras = pageExtras;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) Long sourceId, @RequestParam(required = false) String country,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) Long tag,
            CreatedRange created) {
        String code = Countries.isKnown(Countries.normalize(country)) ? Countries.normalize(country) : null;
        LeadStatus chosenStatus = statusOrNull(status);
        LeadFilter filter = new LeadFilter(q, chosenStatus, ownerId, teamId, sourceId, code, tag, created.leniently());
        String effectiveSort = sort != null && LeadManagement.sorts().contains(sort) ? sort : LeadManagement.defaultSort();
        CursorPage<LeadSummary> page = leads.list(filter, ListPages.pageRequest(effectiveSort, cursor));
        Map<Long, String> owners = choices.activeUsers();
        model.addAttribute("page", page);
        model.addAttribute("filters", new LeadListFilters(q, chosenStatus, ownerId, teamId, sourceId, code, effectiveSort, tag,
                created.from(), created.to()));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("statuses", LeadStatus.values());
        model.addAttribute("owners", owners);
        model.addAttribute("userNames", choices.usersWith(owners, page.data().stream().map(LeadSummary::ownerId).toList()));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("sources", referenceData.all(ReferenceKind.LEAD_SOURCE));
        model.addAttribute("countries", Countries.all(locale));
        pageExtras.addToList(model, TaggedType.LEAD, page.data().stream().map(LeadSummary::id).toList());
        return HtmxRequests.wantsFragment(request, response) ? "customers/leads :: results" : "customers/leads";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('customers:write')")
    String newLead(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("form", LeadPageForm.of(leads.newForm(me.userId()), null));
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String create(@ModelAttribute("form") LeadPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") boolean allowDuplicates, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                LeadView created = leads.create(me.userId(), form.toForm(), allowDuplicates);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.created", created.displayName()));
                return "redirect:/leads/" + created.id();
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
        LeadView lead = lead(id);
        model.addAttribute("lead", lead);
        model.addAttribute("convertedCompany", lead.convertedCompanyId() == null ? null
                : companies.find(lead.convertedCompanyId()).orElse(null));
        model.addAttribute("convertedContact", lead.convertedContactId() == null ? null
                : contacts.find(lead.convertedContactId()).orElse(null));
        List<Long> people = new java.util.ArrayList<>(ListPages.people(lead.ownerId(), lead.coOwnerIds(), lead.createdBy()));
        if (lead.convertedBy() != null) {
            people.add(lead.convertedBy());
        }
        model.addAttribute("users", choices.usersWith(people));
        model.addAttribute("teamNames", choices.teamNameOf(lead.teamId()));
        model.addAttribute("sourceNames", referenceData.names(ReferenceKind.LEAD_SOURCE));
        model.addAttribute("industryNames", referenceData.names(ReferenceKind.INDUSTRY));
        pageExtras.addToDetail(model, TaggedType.LEAD, id);
        return "customers/lead";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('customers:write')")
    String edit(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        if (lead.converted()) {
            return readOnly(lead, redirect);
        }
        model.addAttribute("form", LeadPageForm.of(lead));
        return form(model, lead, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    String change(@PathVariable long id, @ModelAttribute("form") LeadPageForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        if (!errors.hasErrors()) {
            try {
                LeadView saved = leads.change(id, form.toForm(), form.version());
                if (leads.find(id).isEmpty()) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("leads.saved-out-of-sight", saved.displayName()));
                    return "redirect:/leads";
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.saved"));
                return "redirect:/leads/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
            catch (ConflictException ex) {
                return readOnly(lead, redirect);
            }
        }
        return form(model, lead, locale);
    }

    @PostMapping("/{id}/qualify")
    @PreAuthorize("hasAuthority('customers:write')")
    String qualify(@PathVariable long id, RedirectAttributes redirect) {
        return transition(id, redirect, () -> leads.qualify(id), "leads.qualified");
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('customers:write')")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return transition(id, redirect, () -> leads.reopen(id), "leads.reopened");
    }

    @GetMapping("/{id}/disqualify")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDisqualification(@PathVariable long id, Model model) {
        model.addAttribute("lead", lead(id));
        model.addAttribute("reason", "");
        return "customers/lead-disqualify";
    }

    @PostMapping("/{id}/disqualify")
    @PreAuthorize("hasAuthority('customers:write')")
    String disqualify(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        LeadView lead = lead(id);
        try {
            leads.disqualify(id, reason);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.disqualified"));
            return "redirect:/leads/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("lead", lead);
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("reasonError", ex.problems().get(0).messageCode());
            return "customers/lead-disqualify";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/leads/" + id;
        }
    }

    /** The confirmation before converting: which company and contact the lead becomes. */
    @GetMapping("/{id}/convert")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmConversion(@PathVariable long id, Model model, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        if (!lead.status().convertible()) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(lead.converted() ? "leads.converted.read-only"
                    : "leads.transition.convert"));
            return "redirect:/leads/" + id;
        }
        model.addAttribute("lead", lead);
        model.addAttribute("candidates", leads.candidates(id));
        return "customers/lead-convert";
    }

    @PostMapping("/{id}/convert")
    @PreAuthorize("hasAuthority('customers:write')")
    String convert(@PathVariable long id, @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) Long contactId, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        try {
            LeadConversion conversion = leads.convert(id, me.userId(), companyId, contactId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.converted", lead.displayName()));
            return "redirect:/leads/" + conversion.leadId();
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
            return "redirect:/leads/" + id + "/convert";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/leads/" + id;
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDeletion(@PathVariable long id, Model model, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        if (lead.converted()) {
            return readOnly(lead, redirect);
        }
        model.addAttribute("lead", lead);
        return "customers/lead-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        LeadView lead = lead(id);
        try {
            leads.delete(id);
        }
        catch (ConflictException ex) {
            return readOnly(lead, redirect);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.deleted", lead.displayName()));
        return "redirect:/leads";
    }

    private String transition(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
        lead(id);
        try {
            action.run();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/leads/" + id;
    }

    private static String readOnly(LeadView lead, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("leads.converted.read-only"));
        return "redirect:/leads/" + lead.id();
    }

    private static LeadStatus statusOrNull(String status) {
        try {
            return LeadApiController.status(status);
        }
        catch (InvalidInputException ex) {
            return null;
        }
    }

    private LeadView lead(long id) {
        return leads.find(id).orElseThrow(() -> new RecordNotFoundException("Lead", id));
    }

    private String form(Model model, LeadView lead, Locale locale) {
        model.addAttribute("lead", lead);
        model.addAttribute("users", choices.usersWith(lead == null ? List.of()
                : ListPages.people(lead.ownerId(), lead.coOwnerIds(), null)));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("sources", options.of(ReferenceKind.LEAD_SOURCE, lead == null ? null : lead.sourceId()));
        model.addAttribute("industries", options.of(ReferenceKind.INDUSTRY, lead == null ? null : lead.industryId()));
        return "customers/lead-form";
    }
}
