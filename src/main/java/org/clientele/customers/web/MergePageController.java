package org.clientele.customers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.customers.DuplicateCandidate;
import org.clientele.customers.DuplicateDetection;
import org.clientele.customers.MergeChoices;
import org.clientele.customers.MergeManagement;
import org.clientele.customers.MergePreview;
import org.clientele.customers.MergeSide;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.customers.TimelineSubject;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging on pages, from a company's or a contact's page: first choose the other record (likely
 * duplicates are offered, others are found by name), then compare both side by side and choose per
 * differing field which value stays; the record whose page it started from survives unless the
 * sides are swapped. The comparison page is the confirmation: merging deletes the other record.
 */
@Controller
class MergePageController {

    private static final int SEARCH_LIMIT = 20;

    private final MergeManagement merges;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final DuplicateDetection duplicates;
    private final PageChoices choices;
    private final ReferenceDataManagement referenceData;

    MergePageController(MergeManagement merges, CompanyManagement companies, ContactManagement contacts,
            DuplicateDetection duplicates, PageChoices choices, ReferenceDataManagement referenceData) {
        this.referenceData = referenceData;
        this.merges = merges;
        this.companies = companies;
        this.contacts = contacts;
        this.duplicates = duplicates;
        this.choices = choices;
    }

    @GetMapping("/companies/{id}/merge")
    @PreAuthorize("hasAuthority('customers:write')")
    String companyMerge(@PathVariable long id, @RequestParam(required = false) Long otherId, @RequestParam(required = false) String q,
            Model model) {
        CompanyView company = companies.find(id).orElseThrow(() -> new RecordNotFoundException("Company", id));
        if (otherId != null) {
            return compare(merges.previewCompanies(id, otherId), model);
        }
        List<Option> found = q == null || q.isBlank() ? List.of()
                : companies.list(new CompanyFilter(q, null, null, null), new PageRequest(SEARCH_LIMIT, CompanyManagement.defaultSort(), null))
                        .data().stream().filter(other -> other.id() != id).map(other -> new Option(other.id(), other.name(), other.city()))
                        .toList();
        return choose(TimelineSubject.COMPANY, id, company.name(), duplicates.forCompany(company.toForm()), found, q, model);
    }

    @PostMapping("/companies/{id}/merge")
    @PreAuthorize("hasAuthority('customers:write')")
    String mergeCompanies(@PathVariable long id, @RequestParam long otherId, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes redirect) {
        try {
            CompanyView survivor = merges.mergeCompanies(new MergeChoices(id, otherId, sides(parameters, MergeManagement.companyFields())));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("merge.done", survivor.name()));
            return "redirect:/companies/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("problems", ex.problems());
            return compare(merges.previewCompanies(id, otherId), model);
        }
    }

    @GetMapping("/contacts/{id}/merge")
    @PreAuthorize("hasAuthority('customers:write')")
    String contactMerge(@PathVariable long id, @RequestParam(required = false) Long otherId, @RequestParam(required = false) String q,
            Model model) {
        ContactView contact = contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id));
        if (otherId != null) {
            return compare(merges.previewContacts(id, otherId), model);
        }
        List<Option> found = q == null || q.isBlank() ? List.of()
                : contacts.list(new ContactFilter(q, null, null, null, null), new PageRequest(SEARCH_LIMIT, ContactManagement.defaultSort(), null))
                        .data().stream().filter(other -> other.id() != id)
                        .map(other -> new Option(other.id(), ((other.firstName() == null ? "" : other.firstName()) + " "
                                + (other.lastName() == null ? "" : other.lastName())).strip(), other.companyName()))
                        .toList();
        return choose(TimelineSubject.CONTACT, id, contact.fullName(), duplicates.forContact(contact.toForm()), found, q, model);
    }

    @PostMapping("/contacts/{id}/merge")
    @PreAuthorize("hasAuthority('customers:write')")
    String mergeContacts(@PathVariable long id, @RequestParam long otherId, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes redirect) {
        try {
            ContactView survivor = merges.mergeContacts(new MergeChoices(id, otherId, sides(parameters, MergeManagement.contactFields())));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("merge.done", survivor.fullName()));
            return "redirect:/contacts/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("problems", ex.problems());
            return compare(merges.previewContacts(id, otherId), model);
        }
    }

    private String choose(String type, long id, String name, List<DuplicateCandidate> candidates, List<Option> found, String q,
            Model model) {
        List<Option> likely = new ArrayList<>();
        candidates.stream().filter(candidate -> candidate.type().equals(type) && candidate.id() != id)
                .forEach(candidate -> likely.add(new Option(candidate.id(), candidate.name(), candidate.matchedOn())));
        model.addAttribute("type", type);
        model.addAttribute("recordId", id);
        model.addAttribute("recordName", name);
        model.addAttribute("basePath", basePath(type, id));
        model.addAttribute("likely", likely);
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        return "customers/merge-choose";
    }

    private String compare(MergePreview preview, Model model) {
        List<Long> people = new ArrayList<>();
        preview.fields().stream().filter(field -> field.name().equals("ownerId"))
                .forEach(field -> {
                    people.add((Long) field.survivorValue());
                    people.add((Long) field.mergedValue());
                });
        model.addAttribute("preview", preview);
        model.addAttribute("basePath", basePath(preview.type(), preview.survivorId()));
        model.addAttribute("swapPath", basePath(preview.type(), preview.mergedId()) + "/merge");
        model.addAttribute("users", choices.usersWith(people));
        model.addAttribute("teamNames", choices.teamNames());
        model.addAttribute("typeNames", referenceData.names(ReferenceKind.COMPANY_TYPE));
        model.addAttribute("sourceNames", referenceData.names(ReferenceKind.LEAD_SOURCE));
        return "customers/merge";
    }

    /** The choice of each field the form sent, {@code field.<name>} = SURVIVOR or MERGED. */
    private static Map<String, MergeSide> sides(Map<String, String> parameters, List<String> fields) {
        Map<String, MergeSide> sides = new LinkedHashMap<>();
        for (String field : fields) {
            if (MergeSide.MERGED.name().equals(parameters.get("field." + field))) {
                sides.put(field, MergeSide.MERGED);
            }
        }
        return sides;
    }

    private static String basePath(String type, long id) {
        return (TimelineSubject.COMPANY.equals(type) ? "/companies/" : "/contacts/") + id;
    }

    /** A record one may merge with. */
    record Option(long id, String name, String detail) {
    }
}
