package org.clientele.customers.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientele.customers.CustomerChoices;
import org.springframework.stereotype.Component;

/**
 * The companies a contact form offers: those of {@link CustomerChoices}, keeping a chosen company
 * the user may not see (they may keep it, not pick it).
 */
@Component
class CompanyOptions {

    private final CustomerChoices choices;

    CompanyOptions(CustomerChoices choices) {
        this.choices = choices;
    }

    /** Id and name of each company to offer. */
    Map<Long, String> offer(String search, Long chosen, String chosenName) {
        Map<Long, String> options = choices.companies(search, chosen);
        if (chosen != null && !options.containsKey(chosen) && chosenName != null) {
            Map<Long, String> withChosen = new LinkedHashMap<>();
            withChosen.put(chosen, chosenName);
            withChosen.putAll(options);
            return withChosen;
        }
        return options;
    }
}
