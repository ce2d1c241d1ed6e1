package org.clientele.identity;

import java.time.Duration;

import org.clientele.platform.SystemMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails identity sends, written in the recipient's language, each with a single-use link. */
@Component
class IdentityMails {

    static final String INVITATION_PATH = "/invitation/";
    static final String PASSWORD_RESET_PATH = "/password-reset/";

    private final SystemMail mail;
    private final MessageSource messages;

    IdentityMails(SystemMail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    boolean available() {
        return mail.isConfigured();
    }

    void sendInvitation(User user, String invitedBy, String token, Duration validFor) {
        send(user, "mail.invitation", invitedBy, mail.link(INVITATION_PATH + token), validFor.toDays());
    }

    void sendPasswordReset(User user, String token) {
        send(user, "mail.password-reset", user.getEmail(), mail.link(PASSWORD_RESET_PATH + token));
    }

    private void send(User user, String key, Object... arguments) {
        Object[] withName = new Object[arguments.length + 1];
        withName[0] = user.getFullName();
        System.arraycopy(arguments, 0, withName, 1, arguments.length);
        String subject = messages.getMessage(key + ".subject", null, user.getLocale());
        String body = messages.getMessage(key + ".body", withName, user.getLocale());
        mail.send(user.getEmail(), subject, body);
    }
}
