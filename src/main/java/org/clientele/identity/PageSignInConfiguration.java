package org.clientele.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the sign-in form checks a password. Spring Security's usual check, plus one step after the
 * password was found right: a user with two-factor sign-in is not signed in but handed on to the
 * code page ({@link SecondFactorRequiredException}). Declared as the one
 * {@link AuthenticationProvider} bean, which Spring Security makes the global one, so that the
 * form cannot sign anyone in without it.
 */
@Configuration(proxyBeanMethods = false)
class PageSignInConfiguration {

    @Bean
    AuthenticationProvider pageSignIn(ClienteleUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            TwoFactorStore twoFactor) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPostAuthenticationChecks(secondFactorCheck(twoFactor));
        return provider;
    }

    /** Spring Security's own check after the password (credentials not expired), then the second factor. */
    static UserDetailsChecker secondFactorCheck(TwoFactorStore twoFactor) {
        return user -> {
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("User credentials have expired");
            }
            if (user instanceof ClienteleUserDetails details && twoFactor.enabled(details.userId())) {
                throw new SecondFactorRequiredException(details.userId());
            }
        };
    }
}
