package org.clientele.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.clientele.platform.SystemSettings;
import org.clientele.platform.UnreadableSecretException;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTests {

    private static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] SECRET = "an authenticator key".getBytes(StandardCharsets.UTF_8);

    private final InMemorySettings settings = new InMemorySettings();

    @Test
    void opensWhatItSealedAndNeverShowsTheSecret() {
        AesGcmSecretBox box = new AesGcmSecretBox(settings, KEY);

        String sealed = box.seal(SECRET, "totp:1");

        assertThat(sealed).matches("v1\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+").doesNotContain("authenticator");
        assertThat(box.open(sealed, "totp:1")).isEqualTo(SECRET);
        assertThat(box.seal(SECRET, "totp:1")).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(settings.values).as("a configured key is not written to the database").isEmpty();
    }

    @Test
    void refusesAnAlteredValue() {
        AesGcmSecretBox box = new AesGcmSecretBox(settings, KEY);
        String sealed = box.seal(SECRET, "totp:1");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf('.') + 1));

        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String tampered = sealed.substring(0, sealed.lastIndexOf('.') + 1)
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> box.open(tampered, "totp:1")).as("byte %d flipped", i)
                    .isInstanceOf(UnreadableSecretException.class);
        }
        String truncated = sealed.substring(0, sealed.length() - 4);
        assertThatThrownBy(() -> box.open(truncated, "totp:1")).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> box.open("v2" + sealed.substring(2), "totp:1")).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> box.open("plain text", "totp:1")).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void refusesAValueSealedForAnotherContext() {
        AesGcmSecretBox box = new AesGcmSecretBox(settings, KEY);
        String sealed = box.seal(SECRET, "totp:1");

        assertThatThrownBy(() -> box.open(sealed, "totp:2"))
                .isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("altered or belongs to another purpose");
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = new AesGcmSecretBox(settings, KEY).seal(SECRET, "totp:1");
        String otherKey = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new AesGcmSecretBox(settings, otherKey).open(sealed, "totp:1"))
                .isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("another encryption key");
    }

    @Test
    void withoutAConfiguredKeyMakesOneOnceAndKeepsItInTheDatabase() {
        AesGcmSecretBox first = new AesGcmSecretBox(settings, "");
        String sealed = first.seal(SECRET, "totp:7");
        String stored = settings.values.get(AesGcmSecretBox.SETTING);

        assertThat(stored).isNotNull();
        assertThat(Base64.getDecoder().decode(stored)).hasSize(32);
        AesGcmSecretBox otherNode = new AesGcmSecretBox(settings, "  ");
        assertThat(otherNode.open(sealed, "totp:7")).as("another node reads the same key").isEqualTo(SECRET);
        otherNode.seal(SECRET, "totp:8");
        assertThat(settings.values.get(AesGcmSecretBox.SETTING)).isEqualTo(stored);
    }

    @Test
    void acceptsOnlyThirtyTwoBytesInBase64() {
        byte[] urlSafe = new byte[32];
        urlSafe[0] = (byte) 0xfb;
        urlSafe[1] = (byte) 0xff;
        assertThat(AesGcmSecretBox.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(urlSafe))).isEqualTo(urlSafe);
        assertThat(AesGcmSecretBox.parse(" " + KEY + "\n")).hasSize(32);

        assertThatThrownBy(() -> new AesGcmSecretBox(settings, Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(EncryptionKeyException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new AesGcmSecretBox(settings, "not base64 at all!"))
                .isInstanceOf(EncryptionKeyException.class);
    }

    /** The settings table as a map; {@code putIfAbsent} keeps the first value like the real one. */
    private static final class InMemorySettings implements SystemSettings {

        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> find(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return values.putIfAbsent(key, value) == null;
        }
    }
}
