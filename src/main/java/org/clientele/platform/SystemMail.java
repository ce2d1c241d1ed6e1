package org.clientele.platform;

import java.util.List;
import java.util.Objects;

/**
 * Mail the application itself sends (invitations, password resets) through the system SMTP
 * server set by {@code spring.mail.*}. Where none is set, {@link #isConfigured()} says so and
 * nothing is sent.
 */
public interface SystemMail {

    /** Whether a system SMTP server is configured ({@code spring.mail.host} is set). */
    boolean isConfigured();

    /**
     * Sends a plain-text mail from {@code clientele.mail.from}.
     *
     * @throws MailNotSentException if no SMTP server is configured or it refused the mail
     */
    void send(String to, String subject, String text);

    /**
     * Sends a plain-text mail with files attached from {@code clientele.mail.from}.
     *
     * @throws MailNotSentException if no SMTP server is configured or it refused the mail
     */
    void send(String to, String subject, String text, List<Attachment> attachments);

    /** The absolute address of a path of this application, for links in mails ({@code clientele.base-url}). */
    String link(String path);

    /**
     * A file sent with a mail.
     *
     * @param contentType such as {@code application/pdf}
     */
    record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The mail could not be handed to the SMTP server. */
    class MailNotSentException extends RuntimeException {

        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
