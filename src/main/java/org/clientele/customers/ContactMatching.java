package org.clientele.customers;

import java.util.Collection;
import java.util.Map;

import org.clientele.identity.Viewer;

/**
 * Finds the existing contacts that rows of an import are the same person as. Today by e-mail
 * address; the duplicate detection of C6 can take its place by providing another bean.
 */
interface ContactMatching {

    /**
     * @param emails e-mail addresses, normalised (lower case)
     * @param importer who imports: only contacts they may see are matched
     * @return the id of a matching contact per e-mail address that has one
     */
    Map<String, Long> byEmail(Collection<String> emails, Viewer importer);
}
