package org.clientele.billing.invoices.web;

import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.invoices.InvoiceKind;
import org.clientele.billing.invoices.InvoiceManagement;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the invoice page shows besides the invoice: its lines with their amounts, credit notes, the invoice it credits, the actions that apply. */
@Component
class InvoiceDetails {

    private final InvoiceManagement invoices;

    InvoiceDetails(InvoiceManagement invoices) {
        this.invoices = invoices;
    }

    /** A line with what it comes to, for the table. */
    record LineRow(int position, ResolvedLine line, LineAmounts amounts) {
    }

    void addTo(Model model, InvoiceView invoice) {
        List<LineRow> rows = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            rows.add(new LineRow(i + 1, invoice.lines().get(i), invoice.amounts().lines().get(i)));
        }
        boolean isInvoice = invoice.kind() == InvoiceKind.INVOICE;
        boolean issued = !invoice.isDraft() && invoice.status() != InvoiceStatus.VOID;
        model.addAttribute("invoice", invoice);
        model.addAttribute("rows", rows);
        model.addAttribute("creditNotes", isInvoice && !invoice.isDraft() ? invoices.creditNotesOf(invoice.id()) : List.of());
        model.addAttribute("creditedNumber", invoice.creditedInvoiceId() == null ? null
                : invoices.numberOf(invoice.creditedInvoiceId()).orElse(null));
        model.addAttribute("canSend", issued);
        model.addAttribute("canCredit", isInvoice && issued && invoice.total().minus(invoice.credited()).amount().signum() > 0);
        model.addAttribute("canVoid", isInvoice && issued && invoice.paid().isZero());
        model.addAttribute("canPay", invoice.status().isOpen() && invoice.outstanding().amount().signum() > 0);
    }
}
