package org.clientele.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * Colleagues for the demo company, so that records of other modules have owners. They have no
 * password until an administrator gives them one.
 */
@Component
class IdentityDemoData implements DemoDataContributor {

    private static final List<Colleague> COLLEAGUES = List.of(
            new Colleague("Maria Schneider", "maria.schneider@demo.clientele.test", Locale.GERMAN, "Europe/Berlin"),
            new Colleague("Lucas Fernández", "lucas.fernandez@demo.clientele.test", Locale.forLanguageTag("es"), "Europe/Madrid"),
            new Colleague("Aisha Khan", "aisha.khan@demo.clientele.test", Locale.ENGLISH, "Europe/London"),
            new Colleague("Tom Becker", "tom.becker@demo.clientele.test", Locale.GERMAN, "Europe/Vienna"),
            new Colleague("Sofia Rossi", "sofia.rossi@demo.clientele.test", Locale.ENGLISH, "Europe/Rome"),
            new Colleague("Daniel Okafor", "daniel.okafor@demo.clientele.test", Locale.ENGLISH, "America/New_York"));

    private final UserManagement users;

    IdentityDemoData(UserManagement users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(long administratorId) {
        COLLEAGUES.forEach(colleague -> users.createWithoutPassword(colleague.email(), colleague.name(),
                colleague.locale(), ZoneId.of(colleague.zone()), Set.of()));
    }

    private record Colleague(String name, String email, Locale locale, String zone) {
    }
}
