package org.clientele.platform.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Keeps cross-module events flowing: hands events whose listener failed or whose node died back to
 * their listeners, and forgets handled events after a week. A db-scheduler job, so one node does
 * it at a time however many run.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationMaintenance {

    static final String TASK_NAME = "event-publication-maintenance";

    private static final Duration RESUBMIT_AFTER = Duration.ofMinutes(5);
    private static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    @Bean
    RecurringTask<Void> eventPublicationMaintenanceTask(IncompleteEventPublications incomplete,
            CompletedEventPublications completed) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> {
                    incomplete.resubmitIncompletePublicationsOlderThan(RESUBMIT_AFTER);
                    completed.deletePublicationsOlderThan(KEEP_COMPLETED);
                });
    }
}
