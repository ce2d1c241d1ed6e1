package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceFixture.draft;
import static org.clientele.billing.invoices.InvoiceFixture.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuing is gapless under contention: eight issuers, each issuing fifty invoices one transaction
 * at a time through {@link InvoiceManagement}, end up with exactly the sequence numbers 1 to 400
 * of the year, none twice. The year is one no other test issues in. Subclasses pick the database.
 */
abstract class InvoiceNumberingContract {

    private static final int ISSUERS = 8;
    private static final int EACH = 50;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void eightIssuersOfFiftyInvoicesEachGetTheNumbersOneTo400WithoutGapOrRepeat() throws Exception {
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Numbered");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < ISSUERS * EACH; i++) {
            drafts.add(invoices.create(fixture.adminId(), draft(company, "EUR", line("Item " + i, "1", "10.00"))).id());
        }
        LocalDate day = LocalDate.of(2093, 2, 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        try {
            List<Future<?>> issuers = new ArrayList<>();
            for (int issuer = 0; issuer < ISSUERS; issuer++) {
                List<Long> mine = drafts.subList(issuer * EACH, (issuer + 1) * EACH);
                issuers.add(pool.submit(() -> {
                    InvoiceFixture.signIn(fixture.adminId());
                    start.await();
                    mine.forEach(id -> invoices.issue(id, day));
                    InvoiceFixture.signOut();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> issuer : issuers) {
                issuer.get();
            }
        }
        finally {
            pool.shutdown();
        }

        List<Long> sequences = jdbc.sql("select number_seq from billing_invoices where series = 'invoice' and number_year = 2093 "
                + "order by number_seq").query(Long.class).list();
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, ISSUERS * EACH).boxed().toList());
        List<String> numbers = jdbc.sql("select number from billing_invoices where number_year = 2093 and kind = 'INVOICE'")
                .query(String.class).list();
        assertThat(numbers).hasSize(ISSUERS * EACH).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(jdbc.sql("select count(*) from billing_invoices where id in (:ids) and status = 'ISSUED'").param("ids", drafts)
                .query(Long.class).single()).isEqualTo(ISSUERS * EACH);
    }
}
