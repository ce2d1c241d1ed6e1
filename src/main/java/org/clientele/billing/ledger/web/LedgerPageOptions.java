package org.clientele.billing.ledger.web;

import java.util.Map;

import org.clientele.identity.UserDirectory;
import org.springframework.stereotype.Component;

/** What the payment form offers to choose from besides its customers: the active users as employees. */
@Component
class LedgerPageOptions {

    private final UserDirectory users;

    LedgerPageOptions(UserDirectory users) {
        this.users = users;
    }

    /** Active users by name. */
    Map<Long, String> employees() {
        return users.activeNames();
    }
}
