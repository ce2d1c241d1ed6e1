package org.clientele.identity;

import java.time.Duration;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs and checks the short-lived API tokens handed out by {@code POST /api/v1/auth/token}. */
@Configuration(proxyBeanMethods = false)
class ApiTokenConfiguration {

    static final String ISSUER = "clientele";

    @Bean
    JwtEncoder jwtEncoder(TokenSigningKey key) {
        return parameters -> new NimbusJwtEncoder(new ImmutableSecret<>(key.get())).encode(parameters);
    }

    /** Built on first use, so that the key is read after the database has been migrated. */
    @Bean
    JwtDecoder jwtDecoder(TokenSigningKey key) {
        return new LazyJwtDecoder(() -> {
            NimbusJwtDecoder signatures = NimbusJwtDecoder.withSecretKey(key.get()).macAlgorithm(MacAlgorithm.HS256).build();
            signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return new RememberingJwtDecoder(signatures, new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(Duration.ofSeconds(30)), new JwtIssuerValidator(ISSUER)));
        });
    }

    @Bean
    ApiTokenSettings apiTokenSettings(@Value("${clientele.api.token-lifetime:PT15M}") Duration lifetime) {
        return new ApiTokenSettings(lifetime);
    }

    record ApiTokenSettings(Duration lifetime) {
    }
}
