package org.clientele.billing.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.ledger.TransactionChecks.CustomerCheck;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.sales.currencies.MissingExchangeRateException;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and deletes ledger transactions. A customer payment for an invoice is saved and applied
 * to the invoice in one transaction, so both are written or neither (the invoice refuses, with
 * 409, a payment on a draft or void invoice or more than is outstanding). Transactions with a
 * customer belong to the customer's owner and team, others to whoever records them.
 */
@Service
public class LedgerManagement {

    static final String RECORD_TYPE = "Transaction";

    private final LedgerTransactions transactions;
    private final TransactionChecks checks;
    private final InvoicePayments invoices;
    private final ExchangeRates rates;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final RecordVisibility visibility;
    private final TeamDirectory teams;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    LedgerManagement(LedgerTransactions transactions, TransactionChecks checks, InvoicePayments invoices, ExchangeRates rates,
            CompanyManagement companies, ContactManagement contacts, RecordVisibility visibility, TeamDirectory teams,
            ApplicationEventPublisher events) {
        this.transactions = transactions;
        this.checks = checks;
        this.invoices = invoices;
        this.rates = rates;
        this.companies = companies;
        this.contacts = contacts;
        this.visibility = visibility;
        this.teams = teams;
        this.events = events;
    }

    /**
     * Records a transaction for the signed-in user.
     *
     * @throws InvalidInputException naming every field at fault, such as an employee who is not a user
     * @throws org.clientele.shared.ConflictException when the invoice does not take the payment
     */
    @Transactional
    public TransactionView record(TransactionForm form) {
        checks.check(form, today(), new CustomerCheck(id -> companies.find(id).isPresent(), id -> contacts.find(id).isPresent()));
        long userId = visibility.viewer().userId();
        BillingCounterparty party = counterparty(form);
        Ownership owner = customerOwner(party).orElseGet(() -> new Ownership(userId, teamOf(userId)));
        return save(form, party, owner, userId);
    }

    /**
     * Records a transaction for a user outside a request, such as demo data. A customer named
     * directly is checked to be a company; contacts are named through their invoice.
     */
    @Transactional
    public TransactionView recordOnBehalf(long ownerId, TransactionForm form) {
        checks.check(form, today(), new CustomerCheck(id -> companies.nameOf(id).isPresent(), id -> false));
        return save(form, counterparty(form), new Ownership(ownerId, teamOf(ownerId)), ownerId);
    }

    /** The transaction, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<TransactionView> find(long id) {
        return transactions.findById(id).filter(this::visible).map(LedgerTransaction::view);
    }

    /** A visible invoice's payments, oldest first. */
    @Transactional(readOnly = true)
    public List<TransactionView> forInvoice(long invoiceId) {
        return transactions.findByInvoiceIdOrderByPaidOnAscIdAsc(invoiceId).stream().filter(this::visible)
                .map(LedgerTransaction::view).toList();
    }

    /** Deletes a transaction; a payment is first taken back from its invoice, in the same transaction. */
    @Transactional
    public void delete(long id) {
        LedgerTransaction transaction = transactions.findById(id).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        TransactionView view = transaction.view();
        if (view.invoiceId() != null && view.invoiceAmount() != null) {
            invoices.withdrawPayment(view.invoiceId(), id, view.invoiceAmount());
        }
        transactions.delete(transaction);
    }

    private TransactionView save(TransactionForm form, BillingCounterparty party, Ownership owner, long actingUserId) {
        Money amount = new Money(form.amount(), CurrencyCode.of(form.currency()));
        InvoiceSettlement settlement = form.invoiceId() == null ? null : settlement(form, amount);
        Instant now = clock.instant();
        LedgerTransaction transaction = new LedgerTransaction(form, party, owner.ownerId(), owner.teamId(), actingUserId, now);
        if (settlement != null) {
            transaction.settle(settlement);
        }
        transactions.saveAndFlush(transaction);
        if (settlement != null) {
            invoices.applyPayment(form.invoiceId(), transaction.getId(), settlement.applied(), form.paidOn());
        }
        TransactionView view = transaction.view();
        if (view.kind().counterparty() == TransactionKind.Counterparty.CUSTOMER) {
            events.publishEvent(new PaymentRecorded(view.id(), view.direction(), view.kind(), view.companyId(), view.contactId(),
                    view.invoiceId(), view.amount(), view.paidOn(), now));
        }
        return view;
    }

    private InvoiceSettlement settlement(TransactionForm form, Money amount) {
        InvoiceBalance invoice = invoices.balance(form.invoiceId())
                .orElseThrow(() -> InvalidInputException.of("invoiceId", "validation.ledger.invoice-unknown"));
        try {
            return InvoiceSettlement.of(amount, form.paidOn(), invoice, rates);
        }
        catch (MissingExchangeRateException missing) {
            throw InvalidInputException.of("currency", "validation.ledger.rate-missing", amount.currency().value(),
                    invoice.outstanding().currency().value(), form.paidOn().toString());
        }
    }

    /** The customer named on the form, or the invoice's when it pays one (the form may then name the same customer or none). */
    private BillingCounterparty counterparty(TransactionForm form) {
        if (form.invoiceId() == null) {
            return new BillingCounterparty(form.companyId(), form.contactId());
        }
        BillingParty party = invoices.balance(form.invoiceId()).map(InvoiceBalance::party)
                .orElseThrow(() -> InvalidInputException.of("invoiceId", "validation.ledger.invoice-unknown"));
        boolean named = form.companyId() != null || form.contactId() != null;
        if (named && !(Objects.equals(form.companyId(), party.companyId()) && Objects.equals(form.contactId(), party.contactId()))) {
            throw InvalidInputException.of("companyId", "validation.ledger.customer-not-invoiced");
        }
        return new BillingCounterparty(party.companyId(), party.contactId());
    }

    private Optional<Ownership> customerOwner(BillingCounterparty party) {
        if (party.companyId() != null) {
            return companies.find(party.companyId()).map((CompanyView company) -> new Ownership(company.ownerId(), company.teamId()));
        }
        if (party.contactId() != null) {
            return contacts.find(party.contactId()).map((ContactView contact) -> new Ownership(contact.ownerId(), contact.teamId()));
        }
        return Optional.empty();
    }

    private Long teamOf(long userId) {
        return teams.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
    }

    private boolean visible(LedgerTransaction transaction) {
        return visibility.canSee(transaction.getOwnerId(), transaction.getTeamId(), List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Ownership(long ownerId, Long teamId) {
    }
}
