package org.clientele.customers;

import java.util.Collection;
import java.util.Map;

import org.clientele.identity.Viewer;

/**
 * Finds the existing contacts that rows of an import are the same person as, by e-mail address
 * only. The other duplicate rules of C6 (phone, name and company, web domain) are left out on
 * purpose: colleagues share an office number and people share names, and an import that acted on
 * such a match would overwrite someone else; those matches need a person's judgement, which the
 * create forms ask for.
 */
interface ContactMatching {

    /**
     * @param emails e-mail addresses, normalised (lower case)
     * @param importer who imports: only contacts they may see are matched
     * @return the id of a matching contact per e-mail address that has one
     */
    Map<String, Long> byEmail(Collection<String> emails, Viewer importer);
}
