package org.clientele.customers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The web domain of a customer, as the duplicate checks compare it: the host of the website
 * without {@code www.}, in lower case, or else the domain of an e-mail address, unless that belongs
 * to a public mail service listed in {@code customers/public-mail-domains.txt}.
 */
final class WebDomains {

    private static final String LIST = "/customers/public-mail-domains.txt";
    private static final Set<String> PUBLIC = new HashSet<>();
    private static final Set<String> PUBLIC_NAMES = new HashSet<>();

    static {
        try (InputStream in = Objects.requireNonNull(WebDomains.class.getResourceAsStream(LIST), LIST);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(line -> {
                        if (line.endsWith(".*")) {
                            PUBLIC_NAMES.add(line.substring(0, line.length() - 2));
                        }
                        else {
                            PUBLIC.add(line);
                        }
                    });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private WebDomains() {
    }

    /** The record's web domain: its website's host, else its first e-mail address's domain that is not public; or {@code null}. */
    static String of(String website, Collection<String> emails) {
        String domain = ofWebsite(website);
        if (domain != null) {
            return domain;
        }
        return emails.stream().filter(Objects::nonNull).map(WebDomains::ofEmail).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Every domain a new record could share with an existing one: its website's and those of its e-mail addresses that are not public. */
    static Set<String> all(String website, Collection<String> emails) {
        Set<String> domains = new LinkedHashSet<>();
        String fromWebsite = ofWebsite(website);
        if (fromWebsite != null) {
            domains.add(fromWebsite);
        }
        emails.stream().filter(Objects::nonNull).map(WebDomains::ofEmail).filter(Objects::nonNull).forEach(domains::add);
        return domains;
    }

    /** The host of a web address without {@code www.}, in lower case; {@code null} if there is none. */
    static String ofWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(website.contains("://") ? website.strip() : "https://" + website.strip()).getHost();
            if (host == null || !host.contains(".")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** The domain of an e-mail address in lower case, or {@code null} if it has none or it is a public mail service. */
    static String ofEmail(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return null;
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return !domain.contains(".") || isPublic(domain) ? null : domain;
    }

    static boolean isPublic(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        if (PUBLIC.contains(lower)) {
            return true;
        }
        int firstDot = lower.indexOf('.');
        return firstDot > 0 && PUBLIC_NAMES.contains(lower.substring(0, firstDot));
    }
}
