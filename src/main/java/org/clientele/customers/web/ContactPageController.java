package org.clientele.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ConsentFilter;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactSummary;
import org.clientele.customers.ContactView;
import org.clientele.customers.Countries;
import org.clientele.customers.CustomerPicker;
import org.clientele.customers.DuplicatesFoundException;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.TaggedType;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacts on pages: the list with search, filters and sort; details with earlier companies; create, edit and delete. */
@Controller
@RequestMapping("/contacts")
class ContactPageController {

    private final ContactManagement contacts;
    private final CompanyManagement companies;
    private final CompanyOptions companyOptions;
    private final LeadManagement leads;
    private final PageChoices choices;
    private final ConsentPanel consentPanel;
    private final RecordPageExtras pageExtras;
    private final CustomerPicker picker;

    ContactPageController(ContactManagement contacts, CompanyManagement companies, CompanyOptions companyOptions,
            LeadManagement leads, PageChoices choices, ConsentPanel consentPanel, RecordPageExtras pageExtras, CustomerPicker picker) {
        this.picker = picker;
        this.consentPanel = consentPanel;
        this.leads = leads;
        this.contacts = contacts;
        this.companies = companies;
        this.companyOptions = companyOptions;
        this.choices = choices;
        this.pageExtras = pageExtras;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) String consent,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) Long tag,
            CreatedRange created) {
        String code = Countries.isKnown(Countries.normalize(country)) ? Countries.normalize(country) : null;
        ConsentFilter consentFilter = ConsentFilter.parseLeniently(consent);
        ContactFilter filter = new ContactFilter(q, ownerId, teamId, code, companyId, consentFilter, tag, created.leniently());
        String effectiveSort = sort != null && ContactManagement.sorts().contains(sort) ? sort : ContactManagement.defaultSort();
        CursorPage<ContactSummary> page = contacts.list(filter, ListPages.pageRequest(effectiveSort, cursor));
        Map<Long, String> owners = choices.activeUsers();
        model.addAttribute("page", page);
        model.addAttribute("filters", new ListPages.Filters(q, ownerId, teamId, code, companyId, effectiveSort)
                .with("consent", consentFilter == null ? null : consentFilter.parameter()).with("tag", tag)
                .with("createdFrom", created.from()).with("createdTo", created.to()));
        model.addAttribute("consentFilters", ConsentFilter.values());
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("company", companyId == null ? null : companies.find(companyId).orElse(null));
        model.addAttribute("owners", owners);
        model.addAttribute("userNames", choices.usersWith(owners, page.data().stream().map(ContactSummary::ownerId).toList()));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        pageExtras.addToList(model, TaggedType.CONTACT, page.data().stream().map(ContactSummary::id).toList());
        return HtmxRequests.wantsFragment(request, response) ? "customers/contacts :: results" : "customers/contacts";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('customers:write')")
    String newContact(@RequestParam(required = false) Long companyId, @AuthenticationPrincipal SignedInUser me, Model model,
            Locale locale) {
        Long visibleCompany = companyId == null ? null : companies.find(companyId).map(CompanyView::id).orElse(null);
        model.addAttribute("form", ContactPageForm.of(contacts.newForm(me.userId(), visibleCompany), null));
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String create(@ModelAttribute("form") ContactPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") boolean allowDuplicates, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ContactView created = contacts.create(me.userId(), form.toForm(), allowDuplicates);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("contacts.created", created.fullName()));
                return "redirect:/contacts/" + created.id();
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

    /** The companies to offer in the form's company choice, for what was typed in its search field. */
    @GetMapping("/company-options")
    @PreAuthorize("hasAuthority('customers:read')")
    String companyOptions(@RequestParam(required = false) String companySearch, @RequestParam(required = false) Long companyId,
            Model model) {
        return picker.companyOptions(model, companySearch, companyId);
    }

    /**
     * One read-only transaction for the whole page: the contact, its tags, segments and consent each
     * check that the user may see it, and in one persistence context they read it once, not six times.
     */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Model model) {
        ContactView contact = contact(id);
        model.addAttribute("contact", contact);
        model.addAttribute("companyVisible", contact.companyId() != null && companies.isVisible(contact.companyId()));
        model.addAttribute("formerCompanies", contacts.formerCompanies(id));
        model.addAttribute("users", choices.namesOf(ListPages.people(contact.ownerId(), contact.coOwnerIds(), contact.createdBy())));
        model.addAttribute("teamNames", choices.teamNameOf(contact.teamId()));
        model.addAttribute("fromLead", leads.convertedToContact(id).orElse(null));
        consentPanel.fill(model, id);
        pageExtras.addToDetail(model, TaggedType.CONTACT, id);
        return "customers/contact";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('customers:write')")
    String edit(@PathVariable long id, Model model, Locale locale) {
        ContactView contact = contact(id);
        model.addAttribute("form", ContactPageForm.of(contact));
        return form(model, contact, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    String change(@PathVariable long id, @ModelAttribute("form") ContactPageForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        ContactView contact = contact(id);
        if (!errors.hasErrors()) {
            try {
                ContactView saved = contacts.change(id, form.toForm(), form.version());
                if (contacts.find(id).isEmpty()) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("contacts.saved-out-of-sight", saved.fullName()));
                    return "redirect:/contacts";
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("contacts.saved"));
                return "redirect:/contacts/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, contact, locale);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("contact", contact(id));
        return "customers/contact-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ContactView contact = contact(id);
        contacts.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("contacts.deleted", contact.fullName()));
        return contact.companyId() == null ? "redirect:/contacts" : "redirect:/companies/" + contact.companyId();
    }

    private ContactView contact(long id) {
        return contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id));
    }

    private String form(Model model, ContactView contact, Locale locale) {
        ContactPageForm form = (ContactPageForm) model.getAttribute("form");
        model.addAttribute("contact", contact);
        model.addAttribute("companies", companyOptions.offer(null, form.companyId(),
                contact == null ? null : contact.companyName()));
        model.addAttribute("users", choices.usersWith(contact == null ? List.of()
                : ListPages.people(contact.ownerId(), contact.coOwnerIds(), null)));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("countries", Countries.all(locale));
        return "customers/contact-form";
    }
}
