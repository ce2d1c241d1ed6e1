package org.clientele.billing.documents;

/** Mails a document to a customer through the system SMTP server, with its PDF attached. */
public interface DocumentMail {

    boolean isConfigured();

    /**
     * @throws org.clientele.platform.SystemMail.MailNotSentException when no server is configured or it refused the mail
     */
    void send(String to, String subject, String text, String attachmentName, byte[] pdf);
}
