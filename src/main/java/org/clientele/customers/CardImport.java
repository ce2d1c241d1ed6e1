package org.clientele.customers;

import java.util.List;

/**
 * What an import of vCards did.
 *
 * @param created the ids of the new contacts
 * @param duplicates the names of the cards skipped because a contact has one of their e-mail addresses
 * @param unnamed the positions (from 1) of the cards skipped because they have no name
 */
public record CardImport(List<Long> created, List<String> duplicates, List<String> unnamed) {
}
