package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.clientele.billing.documents.DocumentMail;
import org.clientele.billing.documents.PdfRenderer;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily pass over open invoices past their due date: each becomes {@code OVERDUE}, and gets the
 * reminder of the highest level it has reached ({@code clientele.billing.reminders.days-after-due},
 * 7, 14 and 30 days by default, for levels 1, 2 and 3), once: the level sent is recorded on the
 * invoice. A reminder goes to the address taken at issue, in the invoice's language, with the PDF;
 * without a mail server or an address none is sent and the level stays, to be sent once possible.
 * Each invoice is its own transaction, so one failure stops nothing else.
 */
@Service
class OverdueInvoices {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoices.class);

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final TransactionTemplate transactions;
    private final InvoiceDocuments documents;
    private final PdfRenderer renderer;
    private final DocumentMail mail;
    private final SellerProfiles sellers;
    private final MessageSource messages;
    private final InvoiceLanguages languages;
    private final List<Integer> daysAfterDue;

    OverdueInvoices(JdbcClient jdbc, Invoices invoices, TransactionTemplate transactions, InvoiceDocuments documents,
            PdfRenderer renderer, DocumentMail mail, SellerProfiles sellers, MessageSource messages, InvoiceLanguages languages,
            @Value("${clientele.billing.reminders.days-after-due:7,14,30}") List<Integer> daysAfterDue) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.transactions = transactions;
        this.documents = documents;
        this.renderer = renderer;
        this.mail = mail;
        this.sellers = sellers;
        this.messages = messages;
        this.languages = languages;
        this.daysAfterDue = daysAfterDue.stream().sorted().toList();
    }

    /** What one pass did. */
    record Outcome(int markedOverdue, int remindersSent) {
    }

    /** Marks and reminds as of the given day. */
    public Outcome run(LocalDate today) {
        List<Long> due = jdbc.sql("select id from billing_invoices where kind = 'INVOICE' and status in ('ISSUED', 'PARTIALLY_PAID', "
                + "'OVERDUE') and due_on < ? order by due_on, id").param(today).query(Long.class).list();
        int marked = 0;
        int sent = 0;
        for (long id : due) {
            Step step = transactions.execute(status -> step(id, today));
            marked += step.marked() ? 1 : 0;
            sent += step.reminded() ? 1 : 0;
        }
        return new Outcome(marked, sent);
    }

    /** The reminder level an invoice has reached on the day: how many of the thresholds lie behind it. */
    int levelOn(LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(dueOn, today);
        return (int) daysAfterDue.stream().filter(threshold -> threshold <= days).count();
    }

    private Step step(long id, LocalDate today) {
        Invoice invoice = invoices.lockById(id).orElse(null);
        if (invoice == null || !invoice.getStatus().isOpen() || !invoice.getDueOn().isBefore(today)) {
            return new Step(false, false);
        }
        boolean marked = invoice.getStatus() != InvoiceStatus.OVERDUE;
        if (marked) {
            invoice.markOverdue();
        }
        int level = levelOn(invoice.getDueOn(), today);
        boolean reminded = level > invoice.getReminderLevel() && remind(invoice, level, today);
        if (reminded) {
            invoice.reminded(level, today);
        }
        return new Step(marked, reminded);
    }

    private boolean remind(Invoice invoice, int level, LocalDate today) {
        InvoiceView view = invoice.toView();
        if (view.billed().email() == null || !mail.isConfigured()) {
            return false;
        }
        Locale locale = languages.of(view.language());
        Object[] arguments = {view.number(), sellers.current().name(), view.outstanding().amount().toPlainString() + " " + view.currency(),
                view.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                ChronoUnit.DAYS.between(view.dueOn(), today)};
        int wording = Math.min(level, 3);
        try {
            mail.send(view.billed().email(), messages.getMessage("invoices.reminder." + wording + ".subject", arguments, locale),
                    messages.getMessage("invoices.reminder." + wording + ".text", arguments, locale), InvoiceDocuments.filename(view),
                    renderer.render(documents.printed(view)));
            return true;
        }
        catch (RuntimeException notSent) {
            log.warn("Reminder {} for invoice {} not sent: {}", level, view.id(), notSent.getMessage());
            return false;
        }
    }

    private record Step(boolean marked, boolean reminded) {
    }
}
