package org.clientele.customers.web;

import java.util.List;

import org.clientele.customers.ConsentEvent;
import org.clientele.customers.ConsentManagement;
import org.clientele.customers.MarketingConsent;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the consent panel of a contact's page shows. */
@Component
class ConsentPanel {

    private final ConsentManagement consents;
    private final PageChoices choices;

    ConsentPanel(ConsentManagement consents, PageChoices choices) {
        this.consents = consents;
        this.choices = choices;
    }

    void fill(Model model, long contactId) {
        List<ConsentEvent> history = consents.history(contactId);
        model.addAttribute("consent", consents.of(contactId));
        model.addAttribute("consentHistory", history);
        model.addAttribute("consentUsers", choices.namesOf(history.stream().map(ConsentEvent::userId).toList()));
        model.addAttribute("marketingChoices", MarketingConsent.values());
    }
}
