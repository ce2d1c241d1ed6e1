package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.sun.net.httpserver.HttpServer;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Loading ECB reference rates from local files (a file: URL) and from a loopback HTTP server,
 * never the network. The files are dated March 2025, which no other test uses.
 */
@ClienteleTest
class ExchangeRateLoadingTests {

    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final CurrencyCode GBP = CurrencyCode.of("GBP");
    private static final CurrencyCode CHF = CurrencyCode.of("CHF");

    @Autowired
    ExchangeRateLoading loading;

    @Autowired
    ExchangeRateManagement management;

    @Autowired
    DatedExchangeRates rates;

    @Test
    void loadedRatesServeConversionsButNeverReplaceAManualRate() throws Exception {
        assertThat(loading.load(new EcbReferenceRates(file("eurofxref-hist-90d.xml"))))
                .isEqualTo(new LoadResult("ECB", 15, 0, 0, 0, 0));
        assertThat(rates.convert(Money.of("100.00", "USD"), GBP, LocalDate.parse("2025-03-14")))
                .as("the 13th's cross rate through the euro").isEqualTo(new Money(new BigDecimal("77.22022658192870958828405636916275"), GBP));

        ExchangeRateView manual = management.create(new ExchangeRateForm("EUR", "CHF", "0.95", "2025-03-14"));
        assertThat(loading.load(new EcbReferenceRates(file("eurofxref-daily.xml"))))
                .isEqualTo(new LoadResult("ECB", 29, 0, 0, 1, 0));
        assertThat(management.find(manual.id()).orElseThrow().rate()).isEqualTo(new BigDecimal("0.95"));
        assertThat(management.find(manual.id()).orElseThrow().source()).isEqualTo(ExchangeRateManagement.MANUAL);
        assertThat(rates.rate(CurrencyCode.of("EUR"), CHF, LocalDate.parse("2025-03-14")).rate()).isEqualTo(new BigDecimal("0.95"));
        assertThat(rates.convert(Money.of("100.00", "USD"), GBP, LocalDate.parse("2025-03-14")))
                .isEqualTo(new Money(new BigDecimal("77.27715493475464069104943944127918"), GBP));

        assertThat(loading.load(new EcbReferenceRates(file("eurofxref-daily.xml")))).as("loading twice")
                .isEqualTo(new LoadResult("ECB", 0, 0, 29, 1, 0));
    }

    @Test
    void aLoadedRateIsCorrectedByALaterLoadOfTheSameSource() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                \t<gesmes:subject>Reference rates</gesmes:subject>
                \t<Cube>
                \t\t<Cube time='2025-02-03'>
                \t\t\t<Cube currency='USD' rate='RATE'/>
                \t\t\t<Cube currency='ABC' rate='2'/>
                \t\t\t<Cube currency='SEK' rate='0'/>
                \t\t</Cube>
                \t</Cube>
                </gesmes:Envelope>
                """;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] served = {xml.replace("RATE", "1.0320")};
        server.createContext("/eurofxref-daily.xml", exchange -> {
            byte[] body = served[0].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            EcbReferenceRates ecb = new EcbReferenceRates(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eurofxref-daily.xml"));
            assertThat(loading.load(ecb)).as("ABC is no currency; a zero rate is refused").isEqualTo(new LoadResult("ECB", 1, 0, 0, 0, 1));
            served[0] = xml.replace("RATE", "1.0325");
            assertThat(loading.load(ecb)).isEqualTo(new LoadResult("ECB", 0, 1, 0, 0, 1));
        }
        finally {
            server.stop(0);
        }
        assertThat(rates.rate(CurrencyCode.of("EUR"), USD, LocalDate.parse("2025-02-04")).rate()).isEqualTo(new BigDecimal("1.0325"));
    }

    private static URI file(String name) throws URISyntaxException {
        return ExchangeRateLoadingTests.class.getResource("/ecb/" + name).toURI();
    }
}
