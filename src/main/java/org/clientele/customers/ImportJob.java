package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler job that runs an import (its dry run, the import itself or its undo), one
 * instance per run, chunk after chunk, each in its own transaction ({@link ImportPipeline}). When
 * the node shuts down the job stops after the chunks at hand and is rescheduled, so the next node to start continues
 * from the checkpoint; a node that dies is noticed by db-scheduler's dead-execution check, which
 * revives the job. An unexpected failure is retried a few times before the import is marked failed.
 */
@Configuration(proxyBeanMethods = false)
class ImportJob {

    static final String TASK_NAME = "customer-import";

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    private static final int ATTEMPTS = 5;

    @Bean
    CustomTask<Void> customerImportTask(ImportRunner runner, ImportPipeline pipeline,
            @Value("${clientele.imports.chunk-size:1000}") int chunkSize) {
        return Tasks.custom(TASK_NAME, Void.class)
                .onDeadExecutionRevive()
                .onFailure((FailureHandler<Void>) (complete, operations) -> {
                    long id = importId(complete.getExecution().taskInstance.getId());
                    if (complete.getExecution().consecutiveFailures + 1 >= ATTEMPTS) {
                        log.error("Import {} failed {} times and is given up", id, ATTEMPTS, complete.getCause().orElse(null));
                        runner.fail(id, complete.getCause().map(Throwable::getMessage).orElse("failed"));
                        operations.remove();
                    }
                    else {
                        operations.reschedule(complete, Instant.now().plus(Duration.ofSeconds(30)));
                    }
                })
                .execute((instance, context) -> {
                    if (pipeline.run(importId(instance.getId()), chunkSize, () -> context.getSchedulerState().isShuttingDown())) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    return (complete, operations) -> operations.reschedule(complete, Instant.now());
                });
    }

    /**
     * One instance per run (the import's id and when the run started), so a new run never waits
     * for the instance of the run before it to be removed.
     */
    static TaskInstance<Void> instance(CustomTask<Void> task, long importId) {
        return task.instance(importId + "-" + System.currentTimeMillis());
    }

    private static long importId(String instanceId) {
        int dash = instanceId.indexOf('-');
        return Long.parseLong(dash < 0 ? instanceId : instanceId.substring(0, dash));
    }
}
