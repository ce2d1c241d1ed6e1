package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Marks overdue invoices and sends their reminders every day, early in the morning (UTC); a db-scheduler job, one node at a time. */
@Configuration(proxyBeanMethods = false)
class OverdueInvoicesJob {

    static final String TASK_NAME = "billing-overdue-invoices";

    @Bean
    RecurringTask<Void> overdueInvoicesTask(OverdueInvoices overdue) {
        return Tasks.recurring(TASK_NAME, new Daily(ZoneOffset.UTC, LocalTime.of(5, 0)))
                .execute((instance, context) -> overdue.run(LocalDate.now(ZoneOffset.UTC)));
    }
}
