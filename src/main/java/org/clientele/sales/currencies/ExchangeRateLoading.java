package org.clientele.sales.currencies;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what exchange rate sources publish. A loaded rate is added when its pair and day have no
 * rate, and updated when the rate there came from the same source; a rate entered by hand (or
 * from another source) is never replaced (decision 0012). Rates with more than ten decimals are
 * rounded half to even to the ten the column keeps.
 */
@Service
public class ExchangeRateLoading {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateLoading.class);

    private final List<ExchangeRateSource> sources;
    private final ExchangeRateRows rows;
    private final TransactionTemplate transactions;

    ExchangeRateLoading(List<ExchangeRateSource> sources, ExchangeRateRows rows, TransactionTemplate transactions) {
        this.sources = List.copyOf(sources);
        this.rows = rows;
        this.transactions = transactions;
    }

    /** The names of the configured sources; none unless one is enabled (clientele.currencies.ecb.enabled). */
    public List<String> sourceNames() {
        return sources.stream().map(ExchangeRateSource::name).toList();
    }

    /** Loads from every configured source now. */
    public List<LoadResult> loadAll() throws IOException {
        List<LoadResult> results = new java.util.ArrayList<>();
        for (ExchangeRateSource source : sources) {
            results.add(load(source));
        }
        return results;
    }

    /** Fetches from the source (outside any transaction) and stores the rates in one transaction. */
    public LoadResult load(ExchangeRateSource source) throws IOException {
        if (ExchangeRateManagement.MANUAL.equals(source.name())) {
            throw new IllegalArgumentException("A source is not called " + ExchangeRateManagement.MANUAL);
        }
        List<LoadedRate> fetched = source.fetch();
        LoadResult result = transactions.execute(status -> store(source.name(), fetched));
        log.info("Exchange rates from {}: {} added, {} updated, {} unchanged, {} manual kept, {} rejected", result.source(),
                result.added(), result.updated(), result.unchanged(), result.keptManual(), result.rejected());
        return result;
    }

    private LoadResult store(String sourceName, List<LoadedRate> fetched) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        int rejected = 0;
        for (LoadedRate loaded : fetched) {
            BigDecimal rate = loaded.rate().setScale(Math.max(0, Math.min(loaded.rate().scale(), ExchangeRateManagement.RATE_SCALE)),
                    RoundingMode.HALF_EVEN);
            if (rate.signum() <= 0 || rate.compareTo(ExchangeRateManagement.LARGEST_RATE) > 0 || loaded.from().equals(loaded.to())) {
                rejected++;
                continue;
            }
            Optional<ExchangeRate> existing = rows.findByBaseCurrencyAndQuoteCurrencyAndValidOn(loaded.from().value(),
                    loaded.to().value(), loaded.date());
            if (existing.isEmpty()) {
                rows.save(new ExchangeRate(loaded.from(), loaded.to(), rate, loaded.date(), sourceName));
                added++;
            }
            else if (!sourceName.equals(existing.get().source())) {
                kept++;
            }
            else if (existing.get().toView().rate().compareTo(rate) == 0) {
                unchanged++;
            }
            else {
                existing.get().change(loaded.from(), loaded.to(), rate, loaded.date(), sourceName);
                updated++;
            }
        }
        rows.flush();
        return new LoadResult(sourceName, added, updated, unchanged, kept, rejected);
    }
}
