package org.clientele.customers;

/** What an import does with a row that matches an existing record (for contacts: by e-mail address). */
public enum ImportOnMatch {
    SKIP, UPDATE
}
