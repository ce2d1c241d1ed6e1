package org.clientele.sales.currencies;

import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the ECB reference rates once a day, when {@code clientele.currencies.ecb.enabled=true}:
 * shortly after the ECB publishes them (around 16:00 Frankfurt time on working days). A
 * db-scheduler job, so one node loads however many run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "clientele.currencies.ecb.enabled", havingValue = "true")
class EcbLoadingConfiguration {

    static final String TASK_NAME = "ecb-exchange-rates";
    private static final ZoneId FRANKFURT = ZoneId.of("Europe/Berlin");

    @Bean
    EcbReferenceRates ecbReferenceRates(@Value("${clientele.currencies.ecb.url:" + EcbReferenceRates.DEFAULT_URL + "}") URI url) {
        return new EcbReferenceRates(url);
    }

    @Bean
    RecurringTask<Void> ecbExchangeRatesTask(ExchangeRateLoading loading, EcbReferenceRates ecb,
            @Value("${clientele.currencies.ecb.time:16:30}") LocalTime time) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(FRANKFURT, time)).execute((instance, context) -> {
            try {
                loading.load(ecb);
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
    }
}
