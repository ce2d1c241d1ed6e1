package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.CurrencyCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** One unit of the base currency is worth {@code rate} units of the quote currency from a day on. */
@Entity
@Table(name = "exchange_rates")
@Audited
class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String baseCurrency;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String quoteCurrency;

    @Column(precision = 19, scale = 10)

    private BigDecimal rate;

    private LocalDate validOn;

    private String source;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected ExchangeRate() {
    }

    ExchangeRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate validOn, String source) {
        this.createdAt = Instant.now();
        change(base, quote, rate, validOn, source);
    }

    void change(CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate validOn, String source) {
        this.baseCurrency = base.value();
        this.quoteCurrency = quote.value();
        this.rate = rate;
        this.validOn = validOn;
        this.source = source;
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String source() {
        return source;
    }

    ExchangeRateView toView() {
        return new ExchangeRateView(id, CurrencyCode.of(baseCurrency), CurrencyCode.of(quoteCurrency), RateMath.clean(rate), validOn,
                source, updatedAt);
    }
}
