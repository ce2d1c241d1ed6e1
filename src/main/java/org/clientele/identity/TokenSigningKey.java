package org.clientele.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.clientele.platform.SystemSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs API tokens: {@code CLIENTELE_API_TOKEN_SECRET} when set, otherwise a random
 * key made on first use and kept in the database, so that every node shares it.
 */
@Component
class TokenSigningKey {

    static final String SETTING = "identity.token-signing-key";
    private static final int KEY_BYTES = 32;

    private final SystemSettings settings;
    private final String configuredSecret;
    private volatile SecretKey key;

    TokenSigningKey(SystemSettings settings, @Value("${clientele.api.token-secret:}") String configuredSecret) {
        this.settings = settings;
        this.configuredSecret = configuredSecret;
    }

    SecretKey get() {
        SecretKey known = key;
        if (known == null) {
            known = new SecretKeySpec(secretBytes(), "HmacSHA256");
            key = known;
        }
        return known;
    }

    private byte[] secretBytes() {
        if (!configuredSecret.isBlank()) {
            byte[] bytes = configuredSecret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < KEY_BYTES) {
                throw new IllegalStateException("CLIENTELE_API_TOKEN_SECRET must be at least " + KEY_BYTES + " bytes long");
            }
            return bytes;
        }
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        settings.putIfAbsent(SETTING, Base64.getEncoder().encodeToString(fresh));
        return Base64.getDecoder().decode(settings.find(SETTING).orElseThrow());
    }
}
