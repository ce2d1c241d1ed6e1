package org.clientele.sales.currencies;

import java.io.IOException;
import java.util.List;

/**
 * Somewhere exchange rates are published, such as the ECB's reference rates. Declare an
 * implementation as a bean and {@link ExchangeRateLoading} stores what it fetches, marked with its
 * {@link #name()}; a loaded rate never replaces a manual one (decision 0012).
 */
public interface ExchangeRateSource {

    /** Stored with every rate it delivers: at most 20 characters, never {@value ExchangeRateManagement#MANUAL}. */
    String name();

    /** The rates it publishes now, of one or more days. */
    List<LoadedRate> fetch() throws IOException;
}
