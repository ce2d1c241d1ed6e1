package org.clientele.billing.quotes;

import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.clientele.platform.SecretBox;
import org.clientele.platform.SystemSettings;
import org.clientele.platform.UnreadableSecretException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that signs quotations' public links: a random key of its own, made on first use and
 * kept in the database sealed by the application's encryption key ({@code CLIENTELE_ENCRYPTION_KEY}),
 * so every node shares it and the database alone does not give it away. It signs nothing else.
 * Should the encryption key change, a fresh key replaces it and links handed out before stop
 * working, as they would after any change of key.
 */
@Component
class QuoteLinkKey {

    static final String SETTING = "billing.quote-link-key";
    private static final String CONTEXT = "billing:quote-link-key";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SystemSettings settings;
    private final SecretBox box;
    private volatile SecretKey key;

    private final TransactionTemplate ownTransaction;

    QuoteLinkKey(SystemSettings settings, SecretBox box, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.box = box;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The first use may come inside a read-only transaction (showing a link); the key is stored apart from it.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    SecretKey get() {
        SecretKey known = key;
        if (known == null) {
            known = new SecretKeySpec(ownTransaction.execute(status -> bytes()), "HmacSHA256");
            key = known;
        }
        return known;
    }

    private byte[] bytes() {
        settings.putIfAbsent(SETTING, box.seal(fresh(), CONTEXT));
        try {
            return box.open(settings.find(SETTING).orElseThrow(), CONTEXT);
        }
        catch (UnreadableSecretException sealedWithAnotherKey) {
            byte[] replacement = fresh();
            settings.put(SETTING, box.seal(replacement, CONTEXT));
            return replacement;
        }
    }

    private static byte[] fresh() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
