package org.clientele.billing.ledger;

/**
 * What a ledger transaction is, which fixes its direction (except {@link #OTHER}) and the kind of
 * counterparty it names: a customer, a third-party payee or an employee.
 */
public enum TransactionKind {
    CUSTOMER_PAYMENT(TransactionDirection.IN, Counterparty.CUSTOMER),
    REFUND(TransactionDirection.OUT, Counterparty.CUSTOMER),
    THIRD_PARTY_PAYMENT(TransactionDirection.OUT, Counterparty.PAYEE),
    SALARY(TransactionDirection.OUT, Counterparty.EMPLOYEE),
    /** Anything else, in either direction, to or from a named payee. */
    OTHER(null, Counterparty.PAYEE);

    private final TransactionDirection direction;
    private final Counterparty counterparty;

    TransactionKind(TransactionDirection direction, Counterparty counterparty) {
        this.direction = direction;
        this.counterparty = counterparty;
    }

    /** The direction the kind always has, or {@code null} when the transaction says it ({@link #OTHER}). */
    public TransactionDirection fixedDirection() {
        return direction;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    /** Who is on the other side of a transaction of a kind. */
    public enum Counterparty {
        /** A company, a contact, or a contact at a company. */
        CUSTOMER,
        /** A free-text name. */
        PAYEE,
        /** A user of Clientele. */
        EMPLOYEE
    }
}
