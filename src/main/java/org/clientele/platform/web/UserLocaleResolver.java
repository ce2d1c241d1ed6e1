package org.clientele.platform.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.SupportedLanguages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The signed-in user's own language and time zone; before sign-in, the language chosen on the
 * page (kept in a cookie) or else the browser's, limited to the translated ones.
 */
class UserLocaleResolver extends CookieLocaleResolver {

    UserLocaleResolver() {
        super("clientele-language");
        setDefaultLocaleFunction(request -> SupportedLanguages.closestTo(request.getLocale()));
        setDefaultTimeZone(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Optional<SignedInUser> user = SignedInUser.current();
        if (user.isPresent()) {
            return new SimpleTimeZoneAwareLocaleContext(user.get().locale(), TimeZone.getTimeZone(user.get().timeZone()));
        }
        LocaleContext chosen = super.resolveLocaleContext(request);
        return new SimpleTimeZoneAwareLocaleContext(SupportedLanguages.closestTo(chosen.getLocale()),
                TimeZone.getTimeZone(ZoneId.of("UTC")));
    }

    /**
     * Pages are rendered in this locale. CookieLocaleResolver answers it from the cookie alone,
     * which would show signed-in users the browser's language instead of their own.
     */
    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolveLocaleContext(request).getLocale();
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : SupportedLanguages.closestTo(context.getLocale());
        super.setLocaleContext(request, response, locale == null ? null : new SimpleTimeZoneAwareLocaleContext(locale, null));
    }
}
