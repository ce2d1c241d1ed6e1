package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent of the demo contacts: about a third opted in to marketing e-mail (through a form or an
 * import, some weeks ago), some opted out, one marked do-not-contact, the rest without an answer.
 */
@Component
class ConsentDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final ContactConsents consents;
    private final ConsentChanges changes;

    ConsentDemoData(JdbcClient jdbc, ContactConsents consents, ConsentChanges changes) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.changes = changes;
    }

    /** After the demo contacts and the leads converted into contacts. */
    @Override
    public int order() {
        return 220;
    }

    @Override
    public void contribute(long administratorId) {
        List<Long> ids = jdbc.sql("select id from contacts order by id").query(Long.class).list();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < ids.size(); i++) {
            ConsentForm form = switch (i % 6) {
                case 0, 3 -> new ConsentForm(MarketingConsent.OPTED_IN, false, null, true, true, i % 4 != 0);
                case 1 -> new ConsentForm(MarketingConsent.OPTED_OUT, false, null, true, true, false);
                default -> null;
            };
            if (i == 4) {
                form = new ConsentForm(MarketingConsent.OPTED_OUT, true, "Asked not to be contacted again at the trade fair.", false, false,
                        false);
            }
            if (form != null) {
                ContactConsent consent = new ContactConsent(ids.get(i));
                ConsentSource source = i % 3 == 0 ? ConsentSource.IMPORT : ConsentSource.FORM;
                changes.saveAll(consent.apply(form, source, administratorId, now.minus(Duration.ofDays(7L + i))));
                consents.save(consent);
            }
        }
    }
}
