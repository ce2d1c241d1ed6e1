package org.clientele.sales.products;

/**
 * A product category as entered.
 *
 * @param parentId a top-level category, or {@code null} for a top-level one
 * @param position order among its siblings, lower first
 */
public record CategoryForm(String name, Long parentId, int position, boolean active) {
}
