package org.clientele.platform.web;

import java.util.List;
import java.util.Locale;

import org.clientele.platform.SupportedLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the page layout shows besides the navigation; templates use it as {@code @layout}. */
@Component("layout")
public class LayoutInfo {

    private final String version;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    LayoutInfo(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "" : properties.getVersion();
    }

    public String version() {
        return version;
    }

    /**
     * Whether someone is signed in, as {@code sec:authorize="isAuthenticated()"} would say, without
     * looking up the security expression handler and parsing an expression on every page.
     */
    public boolean signedIn() {
        return trustResolver.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    public List<Locale> languages() {
        return SupportedLanguages.ALL;
    }
}
