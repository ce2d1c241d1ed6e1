package org.clientele.sales.deals.web;

import java.math.BigDecimal;

import org.clientele.sales.deals.DealLineForm;

/** One product line as a page form sends it. */
record LineRow(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {

    DealLineForm toForm() {
        return new DealLineForm(null, description, quantity, unitPrice, discountPercent);
    }
}
