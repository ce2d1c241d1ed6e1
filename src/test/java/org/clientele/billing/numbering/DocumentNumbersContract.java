package org.clientele.billing.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbering (decision 0018). Each test uses years of its own, so numbers other tests
 * take cannot change the answers. Subclasses pick the database.
 */
abstract class DocumentNumbersContract {

    private static final int THREADS = 8;
    private static final int NUMBERS_EACH = 50;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentIssuersGetEveryNumberOnceWithoutGaps() throws Exception {
        int year = 2101;
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch start = new CountDownLatch(1);
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> issuers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                issuers.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < NUMBERS_EACH; i++) {
                        taken.add(transaction.execute(status -> numbers.next(DocumentNumbers.INVOICES, year)).sequence());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> issuer : issuers) {
                issuer.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(taken).hasSize(THREADS * NUMBERS_EACH)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS * NUMBERS_EACH).boxed().toList());
    }

    @Test
    void aRolledBackNumberIsHandedOutAgain() {
        int year = 2102;
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        DocumentNumber first = transaction.execute(status -> numbers.next(DocumentNumbers.QUOTES, year));
        DocumentNumber undone = transaction.execute(status -> {
            DocumentNumber number = numbers.next(DocumentNumbers.QUOTES, year);
            status.setRollbackOnly();
            return number;
        });
        DocumentNumber again = transaction.execute(status -> numbers.next(DocumentNumbers.QUOTES, year));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(undone.sequence()).isEqualTo(2);
        assertThat(again).isEqualTo(undone);
        assertThat(again.text()).isEqualTo("Q-2102-0002");
    }

    @Test
    void outsideATransactionNoNumberIsGiven() {
        assertThatThrownBy(() -> numbers.next(DocumentNumbers.INVOICES, 2103)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void eachYearAndEachSeriesCountsFromOne() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<String> texts = transaction.execute(status -> List.of(numbers.next(DocumentNumbers.CREDIT_NOTES, 2104).text(),
                numbers.next(DocumentNumbers.CREDIT_NOTES, 2104).text(), numbers.next(DocumentNumbers.CREDIT_NOTES, 2105).text(),
                numbers.next(DocumentNumbers.INVOICES, 2104).text(), numbers.next(DocumentNumbers.CREDIT_NOTES, 2104).text()));

        assertThat(texts).containsExactly("CN-2104-0001", "CN-2104-0002", "CN-2105-0001", "INV-2104-0001", "CN-2104-0003");
    }
}
