package org.clientele.sales.currencies;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.List;

/**
 * The ECB's daily euro reference rates, from {@code clientele.currencies.ecb.url}: the daily file
 * by default, or a history file ({@code eurofxref-hist-90d.xml}) to fill earlier days. Any URL
 * {@link java.net.URL} opens works, so a local {@code file:} copy too.
 */
class EcbReferenceRates implements ExchangeRateSource {

    static final String NAME = "ECB";
    static final String DEFAULT_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final URI url;

    EcbReferenceRates(URI url) {
        this.url = url;
    }

    @Override
    public String name() {
        return NAME;
    }

    URI url() {
        return url;
    }

    @Override
    public List<LoadedRate> fetch() throws IOException {
        URLConnection connection = url.toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
        try (InputStream in = connection.getInputStream()) {
            return EcbReferenceRatesXml.parse(in);
        }
    }
}
