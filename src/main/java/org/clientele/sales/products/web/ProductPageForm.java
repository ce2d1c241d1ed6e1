package org.clientele.sales.products.web;

import java.math.BigDecimal;

import org.clientele.sales.products.ProductForm;
import org.clientele.sales.products.ProductKind;
import org.clientele.sales.products.ProductStage;
import org.clientele.sales.products.ProductView;

/** The product form as the page sends it; an unticked box arrives as nothing. */
record ProductPageForm(String name, String code, ProductKind kind, String description, String unit, BigDecimal price,
        String currency, Boolean onSale, Long categoryId, ProductStage stage, Long version) {

    static ProductPageForm of(ProductForm form, Long version) {
        return new ProductPageForm(form.name(), form.code(), form.kind(), form.description(), form.unit(), form.price(),
                form.currency(), form.onSale(), form.categoryId(), form.stage(), version);
    }

    static ProductPageForm of(ProductView product) {
        return of(product.toForm(), product.version());
    }

    ProductForm toForm() {
        return new ProductForm(name, code, kind, description, unit, price, currency, Boolean.TRUE.equals(onSale), categoryId, stage);
    }
}
