package org.clientele.sales.products;

/** A product category; {@code parentId} is {@code null} for a top-level one. */
public record CategoryView(long id, String name, Long parentId, int position, boolean active) {

    public boolean topLevel() {
        return parentId == null;
    }
}
