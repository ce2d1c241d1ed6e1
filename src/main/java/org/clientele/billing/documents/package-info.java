/**
 * Documents: the seller's profile printed on every document (name, address, tax id, bank
 * details, logo), PDF rendering from Thymeleaf templates, and mail with a document attached.
 */
@org.springframework.modulith.NamedInterface("documents")
package org.clientele.billing.documents;
