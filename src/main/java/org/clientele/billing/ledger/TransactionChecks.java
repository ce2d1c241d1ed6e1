package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.clientele.identity.UserManagement;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The rules a transaction is recorded by, all checked at once so a form shows every problem: a
 * positive amount of at most four decimals in a known currency, a date between
 * {@link #EARLIEST} and a year from today, a method, and exactly the counterparty its kind takes.
 */
@Component
class TransactionChecks {

    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final int AMOUNT_SCALE = 4;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000000");
    private static final int MAX_PAYEE = 200;
    private static final int MAX_REFERENCE = 200;
    private static final int MAX_NOTES = 2000;

    private final UserManagement users;
    private final TransactionCategoryManagement categories;

    TransactionChecks(UserManagement users, TransactionCategoryManagement categories) {
        this.users = users;
        this.categories = categories;
    }

    /**
     * @param customerExists whether a company ({@code "company"}) or contact exists for the one recording
     * @throws InvalidInputException naming every field at fault
     */
    void check(TransactionForm form, LocalDate today, CustomerCheck customerExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(problem("kind", "validation.ledger.required"));
        }
        else {
            direction(form, problems);
            counterparty(form, customerExists, problems);
        }
        amount(form, problems);
        if (form.paidOn() == null) {
            problems.add(problem("paidOn", "validation.ledger.required"));
        }
        else if (form.paidOn().isBefore(EARLIEST) || form.paidOn().isAfter(today.plusYears(1))) {
            problems.add(problem("paidOn", "validation.ledger.date-range", EARLIEST.toString(), today.plusYears(1).toString()));
        }
        if (form.method() == null) {
            problems.add(problem("method", "validation.ledger.required"));
        }
        if (form.categoryId() != null && categories.find(form.categoryId()).filter(TransactionCategoryView::active).isEmpty()) {
            problems.add(problem("categoryId", "validation.ledger.category-unknown"));
        }
        tooLong(form.reference(), MAX_REFERENCE, "reference", problems);
        tooLong(form.notes(), MAX_NOTES, "notes", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void direction(TransactionForm form, List<FieldProblem> problems) {
        TransactionDirection fixed = form.kind().fixedDirection();
        if (fixed == null && form.direction() == null) {
            problems.add(problem("direction", "validation.ledger.required"));
        }
        else if (fixed != null && form.direction() != null && form.direction() != fixed) {
            problems.add(problem("direction", "validation.ledger.direction-fixed", fixed.name()));
        }
    }

    private void counterparty(TransactionForm form, CustomerCheck customerExists, List<FieldProblem> problems) {
        TransactionKind.Counterparty takes = form.kind().counterparty();
        boolean customer = form.companyId() != null || form.contactId() != null;
        if (takes != TransactionKind.Counterparty.CUSTOMER && customer) {
            problems.add(problem(form.companyId() != null ? "companyId" : "contactId", "validation.ledger.not-for-kind"));
        }
        if (takes != TransactionKind.Counterparty.EMPLOYEE && form.employeeUserId() != null) {
            problems.add(problem("employeeUserId", "validation.ledger.not-for-kind"));
        }
        if (takes != TransactionKind.Counterparty.PAYEE && form.payeeName() != null) {
            problems.add(problem("payeeName", "validation.ledger.not-for-kind"));
        }
        if (form.invoiceId() != null && form.kind() != TransactionKind.CUSTOMER_PAYMENT) {
            problems.add(problem("invoiceId", "validation.ledger.not-for-kind"));
        }
        switch (takes) {
            case CUSTOMER -> customer(form, customerExists, problems);
            case EMPLOYEE -> {
                if (form.employeeUserId() == null) {
                    problems.add(problem("employeeUserId", "validation.ledger.required"));
                }
                else if (users.find(form.employeeUserId()).isEmpty()) {
                    problems.add(problem("employeeUserId", "validation.ledger.employee-unknown"));
                }
            }
            case PAYEE -> {
                if (form.payeeName() == null || form.payeeName().isBlank()) {
                    problems.add(problem("payeeName", "validation.ledger.required"));
                }
                else {
                    tooLong(form.payeeName(), MAX_PAYEE, "payeeName", problems);
                }
            }
        }
    }

    private static void customer(TransactionForm form, CustomerCheck customerExists, List<FieldProblem> problems) {
        if (form.invoiceId() != null) {
            return;
        }
        if (form.companyId() == null && form.contactId() == null) {
            problems.add(problem("companyId", "validation.ledger.customer-required"));
        }
        if (form.companyId() != null && !customerExists.company().test(form.companyId())) {
            problems.add(problem("companyId", "validation.ledger.customer-unknown"));
        }
        if (form.contactId() != null && !customerExists.contact().test(form.contactId())) {
            problems.add(problem("contactId", "validation.ledger.customer-unknown"));
        }
    }

    private static void amount(TransactionForm form, List<FieldProblem> problems) {
        if (form.amount() == null) {
            problems.add(problem("amount", "validation.ledger.required"));
        }
        else if (form.amount().signum() <= 0 || form.amount().compareTo(AMOUNT_LIMIT) >= 0) {
            problems.add(problem("amount", "validation.ledger.amount-positive"));
        }
        else if (form.amount().stripTrailingZeros().scale() > AMOUNT_SCALE) {
            problems.add(problem("amount", "validation.ledger.amount-scale", AMOUNT_SCALE));
        }
        if (!CurrencyCode.isValid(form.currency())) {
            problems.add(problem("currency", "validation.ledger.currency-unknown"));
        }
    }

    private static void tooLong(String text, int max, String field, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(problem(field, "validation.ledger.too-long", max));
        }
    }

    private static FieldProblem problem(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, arguments);
    }

    /** Whether a company and a contact by id exist for whoever records the transaction. */
    record CustomerCheck(LongPredicate company, LongPredicate contact) {
    }
}
