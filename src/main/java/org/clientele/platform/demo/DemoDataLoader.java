package org.clientele.platform.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.clientele.platform.DemoData;
import org.clientele.platform.DemoDataContributor;
import org.clientele.platform.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Runs every module's {@link DemoDataContributor} once per database, all in one transaction. */
@Service
class DemoDataLoader implements DemoData {

    static final String LOADED_AT = "demo.loaded-at";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final SystemSettings settings;

    DemoDataLoader(List<DemoDataContributor> contributors, SystemSettings settings) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.settings = settings;
    }

    @Override
    public boolean loaded() {
        return settings.find(LOADED_AT).isPresent();
    }

    /** A transaction of its own, so that it also commits when called after another has committed. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean load(long administratorId) {
        if (!settings.putIfAbsent(LOADED_AT, Instant.now().toString())) {
            return false;
        }
        contributors.forEach(contributor -> contributor.contribute(administratorId));
        log.info("Demo data loaded from {} modules", contributors.size());
        return true;
    }
}
