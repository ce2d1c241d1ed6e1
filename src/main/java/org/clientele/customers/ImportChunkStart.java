package org.clientele.customers;

import java.util.Set;

/**
 * Where a chunk of an import starts, and what the chunk before it writes while that one may not
 * have committed yet (when two chunks are written at once, see {@link ImportPipeline}).
 *
 * @param after the last line of the chunk before: this chunk starts after it, and commits only where that chunk left the checkpoint
 * @param previousFirstLine the first line of the chunk before, whose staged row that chunk holds locked until it ends; null when it
 *        has committed
 * @param emails the e-mail addresses the chunk before writes
 * @param companies the names of the companies the chunk before may create, as {@link ImportCompanies#key} gives them
 */
record ImportChunkStart(int after, Integer previousFirstLine, Set<String> emails, Set<String> companies) {

    ImportChunkStart {
        emails = Set.copyOf(emails);
        companies = Set.copyOf(companies);
    }

    /** A chunk starting at the checkpoint, with nothing written before it still open. */
    static ImportChunkStart at(int checkpoint) {
        return new ImportChunkStart(checkpoint, null, Set.of(), Set.of());
    }

    /** Whether a row with this main e-mail address and company must see what the chunk before writes. */
    boolean dependsOnPrevious(String email, String companyKey) {
        return previousFirstLine != null && (email != null && emails.contains(email) || companyKey != null && companies.contains(companyKey));
    }
}
