package org.clientele.sales.currencies;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.clientele.shared.CurrencyCode;

/**
 * Reads the ECB's euro foreign exchange reference rates: {@code eurofxref-daily.xml} (one day) and
 * the {@code eurofxref-hist*.xml} files (many days) share one shape, a {@code gesmes:Envelope}
 * whose {@code Cube} holds a {@code Cube time="yyyy-mm-dd"} per day with a
 * {@code Cube currency="USD" rate="1.0812"} per currency, each meaning 1 EUR = rate currency.
 * Streamed with StAX, DTDs and external entities off. Currencies the JDK does not know are skipped.
 */
final class EcbReferenceRatesXml {

    static final CurrencyCode EURO = CurrencyCode.of("EUR");

    private EcbReferenceRatesXml() {
    }

    static List<LoadedRate> parse(InputStream xml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<LoadedRate> rates = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            try {
                LocalDate day = null;
                boolean envelope = false;
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    envelope |= "Envelope".equals(reader.getLocalName());
                    if (!"Cube".equals(reader.getLocalName())) {
                        continue;
                    }
                    String time = reader.getAttributeValue(null, "time");
                    String currency = reader.getAttributeValue(null, "currency");
                    String rate = reader.getAttributeValue(null, "rate");
                    if (time != null) {
                        day = LocalDate.parse(time.strip());
                    }
                    else if (currency != null && rate != null) {
                        if (day == null) {
                            throw new IOException("A rate outside a dated Cube");
                        }
                        if (CurrencyCode.isValid(currency) && !EURO.equals(CurrencyCode.of(currency))) {
                            rates.add(new LoadedRate(EURO, CurrencyCode.of(currency), new BigDecimal(rate.strip()), day));
                        }
                    }
                }
                if (!envelope) {
                    throw new IOException("Not an ECB reference rate file: no gesmes:Envelope");
                }
            }
            finally {
                reader.close();
            }
        }
        catch (XMLStreamException | DateTimeParseException | NumberFormatException ex) {
            throw new IOException("Unreadable ECB reference rate file: " + ex.getMessage(), ex);
        }
        return rates;
    }
}
