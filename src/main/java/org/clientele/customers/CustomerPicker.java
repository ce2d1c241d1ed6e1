package org.clientele.customers;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the company and contact choices that forms share (template
 * {@code customers/fragments/picker}): what a form offers when it is shown, and the options its
 * search boxes ask for, which each module answers at its own {@code …/company-options} and
 * {@code …/contact-options} under its own permission. The records come from
 * {@link CustomerChoices}: the chosen one first, then the first matches, only what the user may see.
 */
@Component
public class CustomerPicker {

    static final String COMPANY_OPTIONS = "customers/fragments/picker :: company-options";
    static final String CONTACT_OPTIONS = "customers/fragments/picker :: contact-options";

    private final CustomerChoices choices;

    CustomerPicker(CustomerChoices choices) {
        this.choices = choices;
    }

    /** Offers the chosen company and the first others. */
    public void offerCompanies(Model model, Long chosen) {
        model.addAttribute("companies", choices.companies(null, chosen));
    }

    /** Offers the chosen contact and the first others, of people at the company when one is given. */
    public void offerContacts(Model model, Long companyId, Long chosen) {
        model.addAttribute("contacts", choices.contacts(null, companyId, chosen));
    }

    /** The company options matching what was typed, with the chosen one selected: the view to answer with. */
    public String companyOptions(Model model, String search, Long chosen) {
        model.addAttribute("companies", choices.companies(search, chosen));
        model.addAttribute("chosen", chosen);
        return COMPANY_OPTIONS;
    }

    /** The contact options matching what was typed, of people at the company when one is given: the view to answer with. */
    public String contactOptions(Model model, String search, Long companyId, Long chosen) {
        model.addAttribute("contacts", choices.contacts(search, companyId, chosen));
        model.addAttribute("chosen", chosen);
        return CONTACT_OPTIONS;
    }
}
