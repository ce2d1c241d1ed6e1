package org.clientele.identity;

/** The link from a mail is unknown, expired or used already, or its user may no longer sign in. */
public class UnusableLinkException extends RuntimeException {

    public UnusableLinkException() {
        super("The link is unknown, expired or used already");
    }
}
