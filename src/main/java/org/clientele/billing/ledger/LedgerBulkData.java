package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.clientele.billing.documents.NumberPattern;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated ledger: the ledger's categories; one customer payment per payment the invoices'
 * contributor applied (shared as {@code payments}, with the ids it took), belonging to the
 * customer's owner and team as a recorded payment does; and three years of rent, software and
 * salaries for every generated user, recorded by the administrator.
 */
@Component
class LedgerBulkData implements BulkDataContributor {

    private static final int MONTHS = 36;
    private static final PaymentMethod[] CUSTOMER_METHODS = {PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_TRANSFER,
            PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_TRANSFER, PaymentMethod.DIRECT_DEBIT, PaymentMethod.CARD};

    private final TransactionCategoryManagement categories;
    private final SellerProfiles sellers;

    LedgerBulkData(TransactionCategoryManagement categories, SellerProfiles sellers) {
        this.categories = categories;
        this.sellers = sellers;
    }

    @Override
    public int order() {
        return 430;
    }

    @Override
    public void contribute(BulkData data) {
        LedgerDemoData.CATEGORIES.forEach(categories::ensure);
        long sales = categories.ensure("Sales").id();
        String pattern = sellers.numberPattern(DocumentNumbers.INVOICES);
        SplittableRandom random = data.random("ledger");
        long[] ids = data.shared("payments");
        long[] invoices = data.shared("payments.invoice");
        long[] cents = data.shared("payments.amount");
        long[] days = data.shared("payments.paidOn");
        long[] companies = data.shared("payments.company");
        long[] contacts = data.shared("payments.contact");
        long[] owners = data.shared("payments.owner");
        long[] teams = data.shared("payments.team");
        long[] years = data.shared("payments.numberYear");
        long[] sequences = data.shared("payments.numberSequence");
        try (BulkTable transactions = table(data)) {
            for (int i = 0; i < ids.length; i++) {
                BigDecimal amount = BigDecimal.valueOf(cents[i], 2);
                LocalDate paidOn = LocalDate.ofEpochDay(days[i]);
                Instant at = at(data, paidOn, 10);
                transactions.row(ids[i], 0, TransactionDirection.IN, TransactionKind.CUSTOMER_PAYMENT, zeroToNull(companies[i]),
                        zeroToNull(contacts[i]), null, null, sales, amount, "EUR", paidOn,
                        CUSTOMER_METHODS[random.nextInt(CUSTOMER_METHODS.length)],
                        NumberPattern.format(pattern, (int) years[i], sequences[i]), invoices[i], amount, "EUR", null, null, owners[i],
                        zeroToNull(teams[i]), owners[i], at, at);
            }
        }
        outgoing(data, random);
    }

    /** Rent and software each month, and each user's salary, for three years. */
    private void outgoing(BulkData data, SplittableRandom random) {
        long rent = categories.ensure("Rent").id();
        long software = categories.ensure("Software").id();
        long salaries = categories.ensure("Salaries").id();
        long[] users = data.shared("users");
        long[] userTeams = data.shared("users.team");
        long administrator = users[0];
        Long team = zeroToNull(userTeams[0]);
        LocalDate today = LocalDate.ofInstant(data.now(), ZoneOffset.UTC);
        long id = data.nextId("billing_transactions");
        try (BulkTable transactions = table(data)) {
            for (int month = MONTHS; month >= 0; month--) {
                LocalDate first = today.minusMonths(month).withDayOfMonth(1);
                LocalDate payday = first.plusDays(27);
                if (!first.isAfter(today)) {
                    transactions.row(id++, 0, TransactionDirection.OUT, TransactionKind.THIRD_PARTY_PAYMENT, null, null, null,
                            "Harbour Office Lettings", rent, new BigDecimal("8400.00"), "EUR", first, PaymentMethod.DIRECT_DEBIT, null,
                            null, null, null, null, null, administrator, team, administrator, at(data, first, 9), at(data, first, 9));
                }
                LocalDate hosting = first.plusDays(4);
                if (!hosting.isAfter(today)) {
                    BigDecimal bill = BigDecimal.valueOf(180_000 + random.nextInt(40_000), 2);
                    transactions.row(id++, 0, TransactionDirection.OUT, TransactionKind.THIRD_PARTY_PAYMENT, null, null, null,
                            "Cloudworks Hosting", software, bill, "EUR", hosting, PaymentMethod.CARD, null, null, null, null, null, null,
                            administrator, team, administrator, at(data, hosting, 9), at(data, hosting, 9));
                }
                if (payday.isAfter(today)) {
                    continue;
                }
                for (int u = 0; u < users.length; u++) {
                    BigDecimal salary = BigDecimal.valueOf(3_800 + 250L * (u % 6)).setScale(2);
                    transactions.row(id++, 0, TransactionDirection.OUT, TransactionKind.SALARY, null, null, users[u], null, salaries,
                            salary, "EUR", payday, PaymentMethod.BANK_TRANSFER, "Salary " + payday.getYear() + "-" + payday.getMonthValue(),
                            null, null, null, null, null, administrator, team, administrator, at(data, payday, 8), at(data, payday, 8));
                }
            }
        }
    }

    private static BulkTable table(BulkData data) {
        return data.table("billing_transactions", "id", "version", "direction", "kind", "company_id", "contact_id", "employee_user_id",
                "payee_name", "category_id", "amount", "currency", "paid_on", "method", "reference", "invoice_id", "invoice_amount",
                "invoice_currency", "exchange_difference", "notes", "owner_id", "team_id", "created_by", "created_at", "updated_at");
    }

    private static Instant at(BulkData data, LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        return at.isAfter(data.now()) ? data.now() : at;
    }

    private static Long zeroToNull(long id) {
        return id == 0 ? null : id;
    }
}
