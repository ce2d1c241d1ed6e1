package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.DocumentLines;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.billing.pricing.TaxShare;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes and issues credit notes for issued invoices. A credit note carries negative amounts and is
 * billed to whoever the invoice was. It first settles what is still open on the invoice; anything
 * beyond (the invoice was paid) stays open on the credit note, to be refunded. Crediting "the
 * rest" mirrors the invoice's lines when nothing was credited before; after partial credit notes it
 * credits what is left per tax rate, one line each with the tax included, so the totals come out
 * exact.
 */
@Component
class CreditNotes {

    private final Invoices invoices;
    private final DocumentLines documentLines;
    private final InvoiceIssuing issuing;
    private final InvoiceLanguages languages;
    private final MessageSource messages;

    CreditNotes(Invoices invoices, DocumentLines documentLines, InvoiceIssuing issuing, InvoiceLanguages languages,
            MessageSource messages) {
        this.invoices = invoices;
        this.documentLines = documentLines;
        this.issuing = issuing;
        this.languages = languages;
        this.messages = messages;
    }

    /**
     * @param lines what to credit, with positive quantities; {@code null} or empty for all that is not credited yet
     * @throws ConflictException for a draft, a void invoice, a credit note or an invoice credited in full
     * @throws InvalidInputException for lines at fault, or lines that credit more than is left to credit
     */
    Invoice credit(Invoice original, List<DocumentLineInput> lines, long userId, LocalDate on) {
        if (original.getKind() == InvoiceKind.CREDIT_NOTE || original.getStatus() == InvoiceStatus.DRAFT
                || original.getStatus() == InvoiceStatus.VOID) {
            throw new ConflictException("invoices.conflict.not-creditable", List.of(String.valueOf(original.getId())));
        }
        List<Invoice> earlier = invoices.findByCreditedInvoiceIdOrderByIdAsc(original.getId());
        BigDecimal creditable = original.getGrossTotal().add(earlier.stream().map(Invoice::getGrossTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        boolean rest = lines == null || lines.isEmpty();
        if (rest && creditable.signum() <= 0) {
            throw new ConflictException("invoices.conflict.credited", List.of(String.valueOf(original.getId())));
        }
        InvoiceView invoice = original.toView();
        List<ResolvedLine> noteLines = !rest ? negated(documentLines.resolve(invoice.currency(), null, lines))
                : earlier.isEmpty() ? negated(invoice.lines()) : remainder(invoice, earlier);
        BigDecimal discount = rest && earlier.isEmpty() ? invoice.documentDiscountPercent() : null;
        Invoice note = new Invoice(InvoiceKind.CREDIT_NOTE, original.getId(), original.getOwnerId(), original.getTeamId(), userId,
                Instant.now());
        note.replace(new InvoiceDraft(invoice.party(), invoice.currency(), invoice.language(), List.of(), discount, 0,
                invoice.dealId(), invoice.quoteId(), null, null), noteLines, original.getBilled());
        if (note.getGrossTotal().negate().compareTo(creditable) > 0 || note.getGrossTotal().signum() >= 0) {
            throw InvalidInputException.of("lines", "validation.invoices.credit-exceeds", creditable.toPlainString());
        }
        invoices.save(note);
        issuing.issue(note, on, original.getBilled());
        BigDecimal settled = original.outstanding().max(BigDecimal.ZERO).min(note.getGrossTotal().negate());
        if (settled.signum() > 0) {
            original.credit(settled, on);
            note.credit(settled.negate(), on);
        }
        invoices.flush();
        return note;
    }

    private static List<ResolvedLine> negated(List<ResolvedLine> lines) {
        return lines.stream().map(line -> new ResolvedLine(line.productId(), line.description(), line.quantity().negate(), line.unit(),
                line.unitPrice(), line.discountPercent(), line.taxRateId(), line.taxName(), line.taxPercent(), line.taxIncluded()))
                .toList();
    }

    /** One line per tax rate for the gross the earlier credit notes left, tax included. */
    private List<ResolvedLine> remainder(InvoiceView invoice, List<Invoice> earlier) {
        Map<BigDecimal, BigDecimal> left = new TreeMap<>();
        invoice.amounts().taxes().forEach(share -> left.merge(plain(share.percent()), share.gross(), BigDecimal::add));
        for (Invoice note : earlier) {
            for (TaxShare share : note.toView().amounts().taxes()) {
                left.merge(plain(share.percent()), share.gross(), BigDecimal::add);
            }
        }
        List<ResolvedLine> lines = new ArrayList<>();
        String description = messages.getMessage("invoices.credit-note.rest-line", new Object[] {invoice.number()},
                languages.of(invoice.language()));
        left.forEach((percent, gross) -> {
            if (gross.signum() > 0) {
                ResolvedLine like = invoice.lines().stream().filter(line -> plain(line.taxPercent()).equals(percent)).findFirst()
                        .orElseThrow();
                lines.add(new ResolvedLine(null, description, BigDecimal.ONE.negate(), null, gross, BigDecimal.ZERO, like.taxRateId(),
                        like.taxName(), like.taxPercent(), true));
            }
        });
        return lines;
    }

    private static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
