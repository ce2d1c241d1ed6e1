package org.clientele.billing.quotes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.clientele.billing.documents.DocumentMail;
import org.clientele.billing.documents.SellerProfiles;
import org.clientele.platform.SystemMail.MailNotSentException;
import org.clientele.platform.SystemMail;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails a quotation to the customer in the quotation's language: the sender's message, the
 * customer's signed link to view, accept or decline it, and the PDF attached.
 */
@Component
class QuoteMails {

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_MESSAGE = 10_000;

    private final DocumentMail mail;
    private final SystemMail systemMail;
    private final SellerProfiles sellers;
    private final QuoteParties parties;
    private final MessageSource messages;

    QuoteMails(DocumentMail mail, SystemMail systemMail, SellerProfiles sellers, QuoteParties parties, MessageSource messages) {
        this.mail = mail;
        this.systemMail = systemMail;
        this.sellers = sellers;
        this.parties = parties;
        this.messages = messages;
    }

    /** The mail as it goes unless the sender changes it: to the contact (else the company), with the default subject and text. */
    QuoteMail defaults(QuoteView quote) {
        Locale language = Locale.forLanguageTag(quote.language());
        QuoteParties.PartyNames names = parties.names(quote.party());
        String greeting = names.contactName() == null ? messages.getMessage("quotes.mail.greeting", null, language)
                : messages.getMessage("quotes.mail.greeting-to", new Object[] {names.contactName()}, language);
        return new QuoteMail(names.email(), messages.getMessage("quotes.mail.subject",
                new Object[] {quote.label(), sellers.current().name()}, language),
                greeting + "\n\n" + messages.getMessage("quotes.mail.text", new Object[] {quote.label()}, language));
    }

    /** Checks the mail and fills in the defaults. @throws InvalidInputException on {@code to}, {@code subject} or {@code message} */
    QuoteMail checked(QuoteView quote, QuoteMail asked) {
        QuoteMail defaults = defaults(quote);
        String to = asked.to() == null || asked.to().isBlank() ? defaults.to() : asked.to().strip();
        if (to == null) {
            throw InvalidInputException.of("to", "validation.quotes.required");
        }
        if (!to.matches("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+") || to.length() > 320) {
            throw InvalidInputException.of("to", "validation.quotes.email");
        }
        String subject = asked.subject() == null || asked.subject().isBlank() ? defaults.subject() : asked.subject().strip();
        String message = asked.message() == null || asked.message().isBlank() ? defaults.message() : asked.message().strip();
        if (subject.length() > MAX_SUBJECT) {
            throw InvalidInputException.of("subject", "validation.quotes.too-long", MAX_SUBJECT);
        }
        if (message.length() > MAX_MESSAGE) {
            throw InvalidInputException.of("message", "validation.quotes.too-long", MAX_MESSAGE);
        }
        return new QuoteMail(to, subject, message);
    }

    /** @throws ConflictException when no mail server is configured or it refused the mail */
    void send(QuoteView quote, QuoteMail checked, QuoteLink link, byte[] pdf) {
        if (!mail.isConfigured()) {
            throw new ConflictException("quotes.conflict.mail-not-configured", List.of());
        }
        Locale language = Locale.forLanguageTag(quote.language());
        String validUntil = quote.validUntil().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
        String text = checked.message() + "\n\n" + messages.getMessage("quotes.mail.link",
                new Object[] {validUntil, systemMail.link(link.path())}, language) + "\n\n" + sellers.current().name();
        try {
            mail.send(checked.to(), checked.subject(), text, QuoteDocuments.fileName(quote), pdf);
        }
        catch (MailNotSentException refused) {
            throw new ConflictException("quotes.conflict.mail-not-sent", List.of());
        }
    }
}
