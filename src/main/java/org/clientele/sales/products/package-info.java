/** Products: categories, goods and services with prices, price lists and the product tracker. */
@org.springframework.modulith.NamedInterface("products")
package org.clientele.sales.products;
