package org.clientele.billing.invoices;

/**
 * Which invoices a list shows, besides those the reader may not see. Every part is optional.
 *
 * @param q text in the customer's name or the number
 * @param overdue only open invoices past their due date (whether or not the daily job has marked them yet)
 */
public record InvoiceListFilter(String q, InvoiceStatus status, InvoiceKind kind, boolean overdue, Long companyId, Long contactId) {

    public static InvoiceListFilter none() {
        return new InvoiceListFilter(null, null, null, false, null, null);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && status == null && kind == null && !overdue && companyId == null && contactId == null;
    }
}
