package org.clientele.sales.products;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One product's price on a price list, in the list's currency. */
@Entity
@Table(name = "price_list_entries")
@Audited
class PriceListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;

    private long productId;

    private BigDecimal price;

    protected PriceListEntry() {
    }

    PriceListEntry(PriceList priceList, long productId, BigDecimal price) {
        this.priceList = priceList;
        this.productId = productId;
        this.price = price;
    }

    PriceList getPriceList() {
        return priceList;
    }

    long getProductId() {
        return productId;
    }

    BigDecimal getPrice() {
        return price;
    }

    void setPrice(BigDecimal price) {
        this.price = price;
    }
}
