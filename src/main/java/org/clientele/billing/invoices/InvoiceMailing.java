package org.clientele.billing.invoices;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.clientele.billing.documents.DocumentMail;
import org.clientele.billing.documents.PdfRenderer;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.platform.SystemMail.MailNotSentException;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails an issued invoice or credit note with its PDF attached, in the invoice's language: to the
 * address given, else the contact's first e-mail address, else the company's. Subject and text
 * default to the bundle's wording for the kind of document.
 */
@Service
public class InvoiceMailing {

    static final int MAX_SUBJECT = 250;
    static final int MAX_MESSAGE = 10_000;

    private final InvoiceManagement invoices;
    private final InvoiceDocuments documents;
    private final PdfRenderer renderer;
    private final DocumentMail mail;
    private final SellerProfiles sellers;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final MessageSource messages;
    private final InvoiceLanguages languages;

    InvoiceMailing(InvoiceManagement invoices, InvoiceDocuments documents, PdfRenderer renderer, DocumentMail mail,
            SellerProfiles sellers, CompanyManagement companies, ContactManagement contacts, MessageSource messages,
            InvoiceLanguages languages) {
        this.invoices = invoices;
        this.documents = documents;
        this.renderer = renderer;
        this.mail = mail;
        this.sellers = sellers;
        this.companies = companies;
        this.contacts = contacts;
        this.messages = messages;
        this.languages = languages;
    }

    /**
     * @param to the recipient, or {@code null} for the customer's address
     * @param subject or {@code null} for the default
     * @param message the mail's text, or {@code null} for the default
     * @return the address it went to
     * @throws ConflictException for a draft or a void invoice, or when the mail server is missing or refused it
     * @throws InvalidInputException for an address that cannot be mailed or is missing, or text too long
     */
    @Transactional(readOnly = true)
    public String send(long id, String to, String subject, String message) {
        InvoiceView invoice = invoices.find(id).orElseThrow(() -> new RecordNotFoundException(InvoiceSettlements.RECORD_TYPE, id));
        if (invoice.isDraft() || invoice.status() == InvoiceStatus.VOID) {
            throw new ConflictException("invoices.conflict.not-issued", List.of(String.valueOf(id)));
        }
        String recipient = recipient(invoice, to);
        if (subject != null && subject.length() > MAX_SUBJECT) {
            throw InvalidInputException.of("subject", "validation.invoices.too-long", MAX_SUBJECT);
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            throw InvalidInputException.of("message", "validation.invoices.too-long", MAX_MESSAGE);
        }
        if (!mail.isConfigured()) {
            throw new ConflictException("invoices.mail.not-configured", List.of());
        }
        Locale locale = languages.of(invoice.language());
        String kind = invoice.kind() == InvoiceKind.CREDIT_NOTE ? "credit-note" : "invoice";
        Object[] arguments = {invoice.number(), sellers.current().name(), invoice.total().rounded().amount().toPlainString() + " "
                + invoice.currency(), invoice.dueOn() == null ? "" : invoice.dueOn().format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))};
        String chosenSubject = subject == null || subject.isBlank() ? messages.getMessage("invoices.mail." + kind + ".subject", arguments,
                locale) : subject.strip();
        String text = message == null || message.isBlank() ? messages.getMessage("invoices.mail." + kind + ".text", arguments, locale)
                : message;
        send(recipient, chosenSubject, text, InvoiceDocuments.filename(invoice), renderer.render(documents.printed(invoice)));
        return recipient;
    }

    /** Sends one mail with a PDF, as reminders do too. */
    void send(String to, String subject, String text, String attachmentName, byte[] pdf) {
        try {
            mail.send(to, subject, text, attachmentName, pdf);
        }
        catch (MailNotSentException refused) {
            throw new ConflictException("invoices.mail.not-sent", List.of());
        }
    }

    private String recipient(InvoiceView invoice, String to) {
        if (to != null && !to.isBlank()) {
            try {
                InternetAddress address = new InternetAddress(to.strip(), true);
                return address.getAddress();
            }
            catch (AddressException notAnAddress) {
                throw InvalidInputException.of("to", "validation.invoices.email");
            }
        }
        return customerAddress(invoice).orElseThrow(() -> InvalidInputException.of("to", "validation.invoices.no-recipient"));
    }

    /** The contact's first e-mail address, else the company's, as far as the signed-in user may see them; else the one taken at issue. */
    private Optional<String> customerAddress(InvoiceView invoice) {
        Optional<String> billed = Optional.ofNullable(invoice.billed().email());
        if (invoice.party() == null) {
            return billed;
        }
        Optional<String> contact = invoice.party().contactId() == null ? Optional.empty()
                : contacts.find(invoice.party().contactId()).map(ContactView::emails).flatMap(emails -> emails.stream().findFirst());
        return contact.or(() -> invoice.party().companyId() == null ? Optional.empty()
                : companies.find(invoice.party().companyId()).map(CompanyView::emails).flatMap(emails -> emails.stream().findFirst()))
                .or(() -> billed);
    }
}
