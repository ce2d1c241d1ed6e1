package org.clientele.customers.web;

import java.util.List;

import org.clientele.customers.DuplicateCandidate;
import org.clientele.customers.DuplicateDetection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The live duplicate check of the create forms: htmx sends the form as it stands whenever a field
 * changes and shows the likely duplicates under it, before anything is submitted. What cannot be
 * read yet (a half-typed number) is simply not compared.
 */
@Controller
class DuplicateCheckPageController {

    private static final String HINTS = "customers/fragments/duplicates :: hints";

    private final DuplicateDetection duplicates;

    DuplicateCheckPageController(DuplicateDetection duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/companies/duplicate-check")
    @PreAuthorize("hasAuthority('customers:write')")
    String companies(@ModelAttribute("form") CompanyPageForm form, BindingResult errors, Model model) {
        return hints(errors.hasErrors() ? List.of() : duplicates.forCompany(form.toForm()), model);
    }

    @GetMapping("/contacts/duplicate-check")
    @PreAuthorize("hasAuthority('customers:write')")
    String contacts(@ModelAttribute("form") ContactPageForm form, BindingResult errors, Model model) {
        return hints(errors.hasErrors() ? List.of() : duplicates.forContact(form.toForm()), model);
    }

    @GetMapping("/leads/duplicate-check")
    @PreAuthorize("hasAuthority('customers:write')")
    String leads(@ModelAttribute("form") LeadPageForm form, BindingResult errors, Model model) {
        return hints(errors.hasErrors() ? List.of() : duplicates.forLead(form.toForm()), model);
    }

    private static String hints(List<DuplicateCandidate> candidates, Model model) {
        model.addAttribute("duplicates", candidates);
        return HINTS;
    }
}
