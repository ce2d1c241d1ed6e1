package org.clientele.billing.quotes;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily db-scheduler job that expires sent quotations past their validity, one node at a time. */
@Configuration(proxyBeanMethods = false)
class QuoteExpiryJob {

    static final String TASK_NAME = "billing-quote-expiry";

    @Bean
    RecurringTask<Void> billingQuoteExpiryTask(QuoteExpiry expiry) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(QuoteExpiry.EVERY))
                .execute((instance, context) -> expiry.expireBefore(LocalDate.now(ZoneOffset.UTC)));
    }
}
