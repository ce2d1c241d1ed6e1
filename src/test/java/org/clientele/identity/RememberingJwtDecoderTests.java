package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class RememberingJwtDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final SecretKey key = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private final AtomicInteger verified = new AtomicInteger();
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
    private final RememberingJwtDecoder decoder = new RememberingJwtDecoder(countingVerifier(), timestamps);

    @Test
    void checksTheSignatureOfATokenOnceAndItsExpiryOnEveryCall() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        String token = token(NOW.plusSeconds(900));

        assertThat(decoder.decode(token).getSubject()).isEqualTo("7");
        assertThat(decoder.decode(token).getSubject()).isEqualTo("7");
        assertThat(verified).hasValue(1);

        timestamps.setClock(Clock.fixed(NOW.plusSeconds(931), ZoneOffset.UTC));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void remembersNoTokenWhoseSignatureIsWrong() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        String token = token(NOW.plusSeconds(900));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(verified).hasValue(2);
    }

    private JwtDecoder countingVerifier() {
        NimbusJwtDecoder signatures = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return token -> {
            verified.incrementAndGet();
            return signatures.decode(token);
        };
    }

    private String token(Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ApiTokenConfiguration.ISSUER).subject("7").issuedAt(NOW).expiresAt(expiresAt)
                .build();
        Jwt jwt = new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return jwt.getTokenValue();
    }
}
