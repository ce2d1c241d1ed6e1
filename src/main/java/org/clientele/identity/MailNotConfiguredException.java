package org.clientele.identity;

/** The action sends a mail, and no system SMTP server is configured. */
public class MailNotConfiguredException extends RuntimeException {

    public MailNotConfiguredException() {
        super("No SMTP server is configured (spring.mail.host)");
    }
}
