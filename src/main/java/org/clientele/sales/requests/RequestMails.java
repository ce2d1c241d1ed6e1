package org.clientele.sales.requests;

import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SystemMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a form's owner of a new request, in their language, with a link to it; nothing without a mail server. */
@Component
class RequestMails {

    private final SystemMail mail;
    private final MessageSource messages;
    private final UserManagement users;

    RequestMails(SystemMail mail, MessageSource messages, UserManagement users) {
        this.mail = mail;
        this.messages = messages;
        this.users = users;
    }

    void received(WebFormView form, RequestView request) {
        if (!mail.isConfigured()) {
            return;
        }
        UserAccount owner = users.find(form.ownerId()).filter(UserAccount::active).orElse(null);
        if (owner == null) {
            return;
        }
        String subject = messages.getMessage("mail.request-received.subject", new Object[] {request.ticket(), form.name()},
                owner.locale());
        String body = messages.getMessage("mail.request-received.body", new Object[] {owner.fullName(), form.name(),
                request.displayName(), request.email() == null ? "-" : request.email(), request.subject() == null ? "-" : request.subject(),
                mail.link("/requests/" + request.id()), request.ticket()}, owner.locale());
        mail.send(owner.email(), subject, body);
    }
}
