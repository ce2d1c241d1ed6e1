package org.clientele.platform.demo;

import org.clientele.platform.DemoData;
import org.clientele.platform.SetupCompleted;
import org.clientele.platform.SetupStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * With {@code clientele.demo=true}, loads the demo data as soon as an administrator exists: at
 * start-up, or right after the setup page created the first one.
 */
@Component
class DemoDataOnRequest {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnRequest.class);

    private final DemoData demoData;
    private final SetupStatus setupStatus;
    private final boolean requested;

    DemoDataOnRequest(DemoData demoData, SetupStatus setupStatus, @Value("${clientele.demo:false}") boolean requested) {
        this.demoData = demoData;
        this.setupStatus = setupStatus;
        this.requested = requested;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        if (requested) {
            setupStatus.firstAdministratorId().ifPresentOrElse(demoData::load,
                    () -> log.info("Demo data will be loaded once the first administrator is created"));
        }
    }

    @TransactionalEventListener
    void afterSetup(SetupCompleted event) {
        if (requested) {
            demoData.load(event.administratorId());
        }
    }
}
