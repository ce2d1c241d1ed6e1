package org.clientele.billing.ledger.web;

import java.util.Map;

import org.clientele.customers.CustomerChoices;
import org.clientele.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * What the payment form offers to choose from: a few companies and contacts the user may see
 * (the chosen one, then the first matches of what was typed; never all) and the active users as employees.
 */
@Component
class LedgerPageOptions {

    private final CustomerChoices choices;
    private final UserDirectory users;

    LedgerPageOptions(CustomerChoices choices, UserDirectory users) {
        this.choices = choices;
        this.users = users;
    }

    Map<Long, String> companies(String search, Long chosen) {
        return choices.companies(search, chosen);
    }

    Map<Long, String> contacts(String search, Long chosen) {
        return choices.contacts(search, null, chosen);
    }

    /** Active users by name. */
    Map<Long, String> employees() {
        return users.activeNames();
    }
}
