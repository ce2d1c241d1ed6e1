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
    PASSWORD_RESET_COMPLETED,
    /** The user confirmed an authenticator app: they sign in with a second factor from now on. */
    TWO_FACTOR_ENABLED,
    /** The user switched two-factor sign-in off, with their password. */
    TWO_FACTOR_DISABLED,
    /** An administrator switched a user's two-factor sign-in off for them. */
    TWO_FACTOR_RESET,
    /** A wrong, expired or already used second factor was entered; counts as a failed sign-in. */
    TWO_FACTOR_CODE_REJECTED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_RENEWED,
    /** An administrator changed which roles require two-factor sign-in. */
    TWO_FACTOR_POLICY_CHANGED,
    /** Someone exported a list of business records; the detail names the records, the format, the filter and the rows. */
    RECORDS_EXPORTED
}
