package org.clientele.identity;

/** The kinds of event the security log records. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    PERMISSION_DENIED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    /** A personal access token was used; recorded at most once a minute per token. */
    TOKEN_USED,
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED
}
