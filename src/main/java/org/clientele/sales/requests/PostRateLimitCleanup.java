package org.clientele.sales.requests;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clears the rate-limit rows of addresses that stopped posting; a db-scheduler job, one node at a time. */
@Configuration(proxyBeanMethods = false)
class PostRateLimitCleanup {

    static final String TASK_NAME = "web-form-rate-limit-cleanup";

    @Bean
    RecurringTask<Void> webFormRateLimitCleanupTask(PostRateLimit limit) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> limit.forgetBefore(Instant.now()));
    }
}
