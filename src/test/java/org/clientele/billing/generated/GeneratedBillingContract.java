package org.clientele.billing.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.PricedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ApiClient;
import org.clientele.testing.GeneratedDataSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing module's generated rows (tax rates, seller, quotations, invoices, payments, ledger)
 * keep the rules its services keep, and its API serves them. Run on each database by a subclass.
 */
abstract class GeneratedBillingContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void generated() {
        GeneratedDataSet.ensure(context);
    }

    @Test
    void documentsHaveTaxRatesWithOneDefaultAndASeller() {
        assertThat(count("select count(*) from billing_tax_rates where active = true")).isPositive();
        assertThat(count("select count(*) from billing_tax_rates where is_default = true")).isEqualTo(1);
        assertThat(count("select count(*) from billing_seller_profile")).isEqualTo(1);
    }

    @Test
    void quotationsComeInEveryStateWithTheTotalsOfTheirLines() {
        assertThat(count("select count(*) from billing_quotes")).isEqualTo(GeneratedDataSet.PLAN.count("quotes"));
        assertThat(jdbc.sql("select distinct status from billing_quotes").query(String.class).list())
                .contains("DRAFT", "SENT", "ACCEPTED", "DECLINED", "EXPIRED", "SUPERSEDED");
        assertTotals("billing_quotes", "billing_quote_lines", "quote_id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(count("select count(*) from billing_quotes where status = 'SENT' and valid_until < ?", today)).isZero();
        assertThat(count("select count(*) from billing_quotes where status = 'EXPIRED' and valid_until >= ?", today)).isZero();
        assertThat(count("select count(*) from billing_quotes where status in ('ACCEPTED', 'DECLINED') and decided_at is null")).isZero();
        assertThat(count("select count(*) from billing_quotes where status <> 'DRAFT' and sent_at is null")).isZero();
        assertThat(count("select count(*) from billing_quotes q join billing_quotes p on p.id = q.previous_revision_id "
                + "where p.status <> 'SUPERSEDED' or p.number <> q.number or q.revision <> p.revision + 1")).isZero();
        assertThat(count("select count(*) from billing_quotes where revision > 1 and previous_revision_id is null")).isZero();
        assertSeriesCounted(DocumentNumbers.QUOTES,
                "select extract(year from issue_date) as y, count(*) as n from billing_quotes where revision = 1 group by extract(year from issue_date)");
    }

    @Test
    void invoicesComeInEveryStateWithTheTotalsOfTheirLinesAndGaplessNumbers() {
        assertThat(count("select count(*) from billing_invoices")).isEqualTo(GeneratedDataSet.PLAN.count("invoices"));
        assertThat(jdbc.sql("select distinct status from billing_invoices where kind = 'INVOICE'").query(String.class).list())
                .contains("DRAFT", "ISSUED", "PARTIALLY_PAID", "PAID", "OVERDUE", "VOID");
        assertTotals("billing_invoices", "billing_invoice_lines", "invoice_id");
        assertThat(count("select count(*) from billing_invoices where (status = 'DRAFT') <> (number is null)")).isZero();
        for (String series : List.of(DocumentNumbers.INVOICES, DocumentNumbers.CREDIT_NOTES)) {
            assertSeriesCounted(series, "select number_year as y, count(*) as n from billing_invoices where series = '" + series
                    + "' group by number_year");
            assertThat(count("select count(*) from billing_invoices i where i.series = ? and i.number_seq > (select count(*) "
                    + "from billing_invoices o where o.series = i.series and o.number_year = i.number_year)", series)).isZero();
        }
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        long last = jdbc.sql("select last_sequence from billing_number_series where series = ? and year = ?")
                .params(DocumentNumbers.INVOICES, year).query(Long.class).single();
        transactions.executeWithoutResult(status -> {
            assertThat(numbers.next(DocumentNumbers.INVOICES, year).sequence()).isEqualTo(last + 1);
            status.setRollbackOnly();
        });
    }

    @Test
    void invoiceStatesFitTheirDatesPaymentsAndCreditNotes() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(count("select count(*) from billing_invoices i where i.paid_total <> coalesce((select sum(p.amount) "
                + "from billing_invoice_payments p where p.invoice_id = i.id), 0)")).isZero();
        assertThat(count("select count(*) from billing_invoices where status = 'PAID' and paid_total + credited_total <> gross_total"))
                .isZero();
        assertThat(count("select count(*) from billing_invoices where status = 'OVERDUE' and (due_on >= ? "
                + "or paid_total + credited_total >= gross_total)", today)).isZero();
        assertThat(count("select count(*) from billing_invoices where status = 'ISSUED' and (paid_total <> 0 or due_on < ?)", today))
                .isZero();
        assertThat(count("select count(*) from billing_invoices where status = 'PARTIALLY_PAID' and (paid_total <= 0 "
                + "or paid_total >= gross_total or due_on < ?)", today)).isZero();
        assertThat(count("select count(*) from billing_invoices i where i.status = 'VOID' and (i.credited_total <> i.gross_total "
                + "or not exists (select 1 from billing_invoices n where n.credited_invoice_id = i.id and n.kind = 'CREDIT_NOTE' "
                + "and n.gross_total = -i.gross_total and n.credited_total = n.gross_total))")).isZero();
        assertThat(count("select count(*) from billing_invoice_payments p where not exists (select 1 from billing_transactions t "
                + "where t.id = p.payment_id and t.invoice_id = p.invoice_id and t.amount = p.amount and t.invoice_amount = p.amount "
                + "and t.paid_on = p.paid_on and t.kind = 'CUSTOMER_PAYMENT' and t.direction = 'IN')")).isZero();
        assertThat(count("select count(*) from billing_transactions t join billing_invoices i on i.id = t.invoice_id "
                + "where t.company_id <> i.company_id or t.owner_id <> i.owner_id or t.reference <> i.number")).isZero();
        assertThat(count("select count(*) from billing_transactions where kind = 'SALARY' and employee_user_id is null")).isZero();
    }

    @Test
    void theApiServesAnIssuedInvoiceWithItsPdfToTheAdministratorAndItsOwnerOnly() {
        Map<String, Object> invoice = jdbc.sql("select min(id) as id from billing_invoices where status = 'PARTIALLY_PAID'").query()
                .singleRow();
        long id = ((Number) invoice.get("id")).longValue();
        long owner = jdbc.sql("select owner_id from billing_invoices where id = ?").param(id).query(Long.class).single();
        BigDecimal gross = jdbc.sql("select gross_total from billing_invoices where id = ?").param(id).query(BigDecimal.class).single();
        ApiClient admin = new ApiClient(mvc, encoder, userId("user01@generated.clientele.test"));

        var json = assertThat(admin.get("/api/v1/invoices/" + id)).hasStatusOk().bodyJson();
        json.extractingPath("$.total.amount").asString().satisfies(total -> assertThat(new BigDecimal(total)).isEqualByComparingTo(gross));
        String net = ApiClient.read(admin.get("/api/v1/invoices/" + id), "$.net.amount");
        String tax = ApiClient.read(admin.get("/api/v1/invoices/" + id), "$.tax.amount");
        assertThat(new BigDecimal(net).add(new BigDecimal(tax))).isEqualByComparingTo(gross);
        assertThat(admin.get("/api/v1/invoices/" + id + "/pdf")).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(admin.get("/api/v1/quotes/" + first("billing_quotes"))).hasStatusOk();
        assertThat(admin.get("/api/v1/payments?limit=5")).hasStatusOk();

        assertThat(new ApiClient(mvc, encoder, owner).get("/api/v1/invoices/" + id)).hasStatusOk();
        Long stranger = jdbc.sql("select min(u.id) from users u join user_roles r on r.user_id = u.id and r.role = 'SALES' where u.id <> ? "
                + "and not exists (select 1 from team_members m join team_members o on o.team_id = m.team_id "
                + "where m.user_id = u.id and o.user_id = ?)").params(owner, owner).query(Long.class).single();
        assertThat(new ApiClient(mvc, encoder, stranger).get("/api/v1/invoices/" + id)).hasStatus(404);
    }

    /** Each document's stored line amounts and totals are what the calculator makes of its lines. */
    private void assertTotals(String documents, String lines, String key) {
        Map<Long, List<Line>> byDocument = jdbc.sql("select " + key + " as document, quantity, unit_price, discount_percent, tax_percent, "
                + "tax_included, list_amount, discount_amount, amount from " + lines + " order by " + key + ", position")
                .query(Line.class).list().stream().collect(Collectors.groupingBy(Line::document));
        List<Totals> totals = jdbc.sql("select id, currency, document_discount_percent, net_total, tax_total, gross_total from " + documents)
                .query(Totals.class).list();
        assertThat(totals).allSatisfy(document -> {
            List<Line> its = byDocument.get(document.id());
            assertThat(its).as("lines of %s", document.id()).isNotEmpty();
            DocumentAmounts amounts = DocumentCalculator.calculate(CurrencyCode.of(document.currency()),
                    its.stream().map(Line::priced).toList(), document.documentDiscountPercent());
            assertThat(amounts.net()).as("net of %s", document.id()).isEqualByComparingTo(document.netTotal());
            assertThat(amounts.tax()).as("tax of %s", document.id()).isEqualByComparingTo(document.taxTotal());
            assertThat(amounts.gross()).as("gross of %s", document.id()).isEqualByComparingTo(document.grossTotal());
            for (int i = 0; i < its.size(); i++) {
                assertThat(amounts.lines().get(i).amount()).isEqualByComparingTo(its.get(i).amount());
                assertThat(amounts.lines().get(i).listAmount()).isEqualByComparingTo(its.get(i).listAmount());
                assertThat(amounts.lines().get(i).discount()).isEqualByComparingTo(its.get(i).discountAmount());
            }
        });
    }

    /** The series' counter of each year is the number of documents numbered in it. */
    private void assertSeriesCounted(String series, String perYear) {
        Map<Integer, Long> counted = jdbc.sql(perYear).query((rs, n) -> Map.entry(rs.getInt("y"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Integer, Long> counters = jdbc.sql("select year, last_sequence from billing_number_series where series = ?").param(series)
                .query((rs, n) -> Map.entry(rs.getInt("year"), rs.getLong("last_sequence"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(counters).as(series).isEqualTo(counted).isNotEmpty();
    }

    private long first(String table) {
        return jdbc.sql("select min(id) from " + table).query(Long.class).single();
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    record Line(long document, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxPercent,
            boolean taxIncluded, BigDecimal listAmount, BigDecimal discountAmount, BigDecimal amount) {

        PricedLine priced() {
            return new PricedLine(quantity, unitPrice, discountPercent, taxPercent, taxIncluded);
        }
    }

    record Totals(long id, String currency, BigDecimal documentDiscountPercent, BigDecimal netTotal, BigDecimal taxTotal,
            BigDecimal grossTotal) {
    }
}
