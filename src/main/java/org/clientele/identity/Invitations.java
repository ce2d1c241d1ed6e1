package org.clientele.identity;

import java.time.Duration;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators invite colleagues by e-mail. The invited user exists at once, active but without
 * a password, so they cannot sign in until they choose one through the link, which works once and
 * for {@link #VALID_FOR}. Sending again replaces the earlier link. The mail is sent inside the
 * transaction: if the SMTP server refuses it, no user is created.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final UserManagement management;
    private final Users users;
    private final UserTokens tokens;
    private final IdentityMails mails;
    private final PasswordChoice passwords;
    private final SecurityLog securityLog;

    Invitations(UserManagement management, Users users, UserTokens tokens, IdentityMails mails, PasswordChoice passwords,
            SecurityLog securityLog) {
        this.management = management;
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.securityLog = securityLog;
    }

    /** Whether invitations can be sent: a system SMTP server is configured. */
    public boolean available() {
        return mails.available();
    }

    /**
     * Creates the user without a password and mails them the link.
     *
     * @throws MailNotConfiguredException if no SMTP server is configured
     * @throws InvalidInputException naming each field at fault
     * @throws org.clientele.platform.SystemMail.MailNotSentException if the SMTP server refused the mail
     */
    @Transactional
    public UserAccount invite(NewInvitation form, String invitedBy) {
        requireMail();
        User user = management.createInvited(form);
        send(user, invitedBy);
        securityLog.record(SecurityEventType.USER_CREATED, user.getId(), user.getEmail(), "invited; roles " + form.roles());
        return user.toAccount();
    }

    /**
     * Sends a new link to a user who has not chosen a password yet; the earlier link stops working.
     *
     * @throws InvalidInputException if the user has a password already or is deactivated
     */
    @Transactional
    public void resend(long userId, String invitedBy) {
        requireMail();
        User user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        if (!pending(user)) {
            throw InvalidInputException.of("email", "invitation.not-pending");
        }
        send(user, invitedBy);
    }

    /** Whether the user was invited and has not chosen a password yet. */
    @Transactional(readOnly = true)
    public boolean pending(long userId) {
        return users.findById(userId).map(Invitations::pending).orElse(false);
    }

    /**
     * The invited user the link is for.
     *
     * @throws UnusableLinkException if the link is unknown, expired or used, or the user cannot accept it
     */
    @Transactional(readOnly = true)
    public UserAccount invitee(String token) {
        return invited(token).toAccount();
    }

    /**
     * Sets the password the invited user chose; the link is used up.
     *
     * @throws InvalidInputException if the password breaks the policy (the link stays usable)
     * @throws UnusableLinkException if the link is unknown, expired or used, or the user cannot accept it
     */
    @Transactional
    public UserAccount accept(String token, ChosenPassword form) {
        User user = invited(token);
        passwords.check(user, form);
        if (!tokens.use(token, UserTokens.Purpose.INVITATION)) {
            throw new UnusableLinkException();
        }
        passwords.apply(user, form);
        securityLog.record(SecurityEventType.INVITATION_ACCEPTED, user.getId(), user.getEmail(), null);
        return user.toAccount();
    }

    private User invited(String token) {
        return tokens.userOf(token, UserTokens.Purpose.INVITATION)
                .flatMap(users::findById)
                .filter(Invitations::pending)
                .orElseThrow(UnusableLinkException::new);
    }

    private void send(User user, String invitedBy) {
        tokens.revokeUnused(user.getId(), UserTokens.Purpose.INVITATION);
        String token = tokens.issue(user.getId(), UserTokens.Purpose.INVITATION, VALID_FOR);
        mails.sendInvitation(user, invitedBy, token, VALID_FOR);
        securityLog.record(SecurityEventType.INVITATION_SENT, user.getId(), user.getEmail(), "by " + invitedBy);
    }

    private void requireMail() {
        if (!mails.available()) {
            throw new MailNotConfiguredException();
        }
    }

    private static boolean pending(User user) {
        return user.isActive() && !user.hasPassword();
    }
}
