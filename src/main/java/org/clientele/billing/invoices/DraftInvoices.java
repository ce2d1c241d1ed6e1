package org.clientele.billing.invoices;

import java.time.Instant;
import java.util.List;

import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes draft invoices: for other areas ({@link InvoiceDrafts}, such as an accepted quotation,
 * which may come without a signed-in user) and for {@link InvoiceManagement}. The creator owns
 * the draft and their first team is its team.
 */
@Service
class DraftInvoices implements InvoiceDrafts {

    private final Invoices invoices;
    private final InvoiceDraftChecks checks;
    private final BilledParties parties;
    private final TeamDirectory teams;

    DraftInvoices(Invoices invoices, InvoiceDraftChecks checks, BilledParties parties, TeamDirectory teams) {
        this.invoices = invoices;
        this.checks = checks;
        this.parties = parties;
        this.teams = teams;
    }

    @Override
    @Transactional
    public long createDraft(long creatorId, InvoiceDraft draft) {
        return create(creatorId, draft, false).getId();
    }

    /** @param signedIn whether the company and contact must be visible to the signed-in user */
    Invoice create(long creatorId, InvoiceDraft draft, boolean signedIn) {
        List<ResolvedLine> lines = checks.check(draft, signedIn);
        Long teamId = teams.teamsOf(creatorId).stream().findFirst().map(UserTeam::teamId).orElse(null);
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, null, creatorId, teamId, creatorId, Instant.now());
        invoice.replace(draft, lines, parties.of(draft.party()));
        return invoices.save(invoice);
    }

    /** Replaces a draft's contents. @throws org.clientele.shared.ConflictException once it is issued */
    void change(Invoice invoice, InvoiceDraft draft) {
        invoice.requireDraft();
        invoice.replace(draft, checks.check(draft, true), parties.of(draft.party()));
        invoices.flush();
    }
}
