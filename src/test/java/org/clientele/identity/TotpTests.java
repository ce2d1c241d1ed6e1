package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** The SHA-1 key of RFC 6238, Appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: the SHA-1 rows, eight digits. */
    @ParameterizedTest(name = "{0} s since the epoch: {2}")
    @CsvSource({
            "59,          0000000000000001, 94287082",
            "1111111109,  00000000023523EC, 07081804",
            "1111111111,  00000000023523ED, 14050471",
            "1234567890,  000000000273EF07, 89005924",
            "2000000000,  0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void matchesTheTestVectorsOfRfc6238(long seconds, String stepHex, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(step).isEqualTo(Long.parseUnsignedLong(stepHex, 16));
        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightAndKeepLeadingZeros() {
        long step = Totp.stepAt(Instant.ofEpochSecond(1111111109));

        assertThat(Totp.code(RFC_SECRET, step, 6)).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideOnly() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.stepAt(now);

        assertThat(Totp.match(secret, Totp.code(secret, step, 6), now, null)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1, 6), now, null)).hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1, 6), now, null)).hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2, 6), now, null)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 2, 6), now, null)).isEmpty();
    }

    @Test
    void refusesAStepThatWasUsedOrAnEarlierOne() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.stepAt(now);
        String current = Totp.code(secret, step, 6);

        OptionalLong first = Totp.match(secret, current, now, null);
        assertThat(first).hasValue(step);
        assertThat(Totp.match(secret, current, now, first.getAsLong())).as("the same code again").isEmpty();
        assertThat(Totp.match(secret, current, now.plusSeconds(20), first.getAsLong())).as("the same code, still in the window")
                .isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step - 1, 6), now, step)).as("an earlier step").isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 1, 6), now, step)).as("the next step").hasValue(step + 1);
    }

    @Test
    void refusesWhatIsNotASixDigitCode() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        String code = Totp.code(secret, Totp.stepAt(now), 6);

        assertThat(Totp.match(secret, code.substring(0, 3) + " " + code.substring(3), now, null)).as("spaces are ignored")
                .isPresent();
        assertThat(Totp.match(secret, null, now, null)).isEmpty();
        assertThat(Totp.match(secret, "", now, null)).isEmpty();
        assertThat(Totp.match(secret, code.substring(1), now, null)).isEmpty();
        assertThat(Totp.match(secret, code + "0", now, null)).isEmpty();
        assertThat(Totp.match(secret, "12345a", now, null)).isEmpty();
        assertThat(Totp.match(Totp.newSecret(), code, now, null)).as("another key").isEmpty();
    }

    @Test
    void keysAre160RandomBitsInBase32() {
        byte[] secret = Totp.newSecret();

        assertThat(secret).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.base32(secret)).matches("[A-Z2-7]{32}");
        assertThat(Totp.fromBase32(Totp.base32(secret).toLowerCase())).isEqualTo(secret);
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void uriNamesIssuerAndAccount() {
        assertThat(Totp.uri("Clientele", "ada+crm@example.com", RFC_SECRET))
                .isEqualTo("otpauth://totp/Clientele:ada%2Bcrm%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Clientele");
    }
}
