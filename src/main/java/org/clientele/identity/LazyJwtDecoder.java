package org.clientele.identity;

import java.util.function.Supplier;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Makes its delegate on the first token it decodes. */
final class LazyJwtDecoder implements JwtDecoder {

    private final Supplier<JwtDecoder> factory;
    private volatile JwtDecoder delegate;

    LazyJwtDecoder(Supplier<JwtDecoder> factory) {
        this.factory = factory;
    }

    @Override
    public Jwt decode(String token) {
        JwtDecoder decoder = delegate;
        if (decoder == null) {
            decoder = factory.get();
            delegate = decoder;
        }
        return decoder.decode(token);
    }
}
