package org.clientele.billing.quotes;

/**
 * A quotation's mail to the customer as the sender wants it.
 *
 * @param to one e-mail address
 * @param subject {@code null} or blank for the default, in the quotation's language
 * @param message the text above the link; {@code null} or blank for the default
 */
public record QuoteMail(String to, String subject, String message) {
}
