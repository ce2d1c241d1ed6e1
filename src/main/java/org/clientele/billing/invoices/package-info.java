/**
 * Invoices and credit notes: drafts, issuing with a gapless number, statuses from payments,
 * overdue reminders, voiding by credit note, PDFs and mail. An issued invoice never changes.
 */
@org.springframework.modulith.NamedInterface("invoices")
package org.clientele.billing.invoices;
