package org.clientele.platform.database;

/** A database setting has a value Clientele cannot use; the message names the setting and what it takes. */
class InvalidDatabaseSettingException extends RuntimeException {

    InvalidDatabaseSettingException(String message) {
        super(message);
    }
}
