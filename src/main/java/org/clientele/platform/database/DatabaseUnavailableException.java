package org.clientele.platform.database;

import java.sql.SQLException;

/**
 * The configured database refused or could not be reached. The message names the setting a
 * person should look at, so that start-up fails with one line that says what to do.
 */
class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String url, SQLException cause) {
        super(describe(url, cause), cause);
    }

    private static String describe(String url, SQLException cause) {
        String where = "Cannot connect to the database at " + withoutParameters(url) + ": ";
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        int code = cause.getErrorCode();
        if (state.startsWith("28") || code == 1045) {
            return where + "the server refused the user name or password. "
                    + "Check CLIENTELE_DB_USER and CLIENTELE_DB_PASSWORD.";
        }
        if (state.equals("3D000") || code == 1049) {
            return where + "the database does not exist. "
                    + "Create it (an empty database is enough) or correct CLIENTELE_DB_URL.";
        }
        if (state.startsWith("08") || cause.getMessage() == null) {
            return where + "the server cannot be reached. "
                    + "Check the host and port in CLIENTELE_DB_URL and that the server is running.";
        }
        return where + firstLine(cause.getMessage()) + ". Check CLIENTELE_DB_URL, CLIENTELE_DB_USER and CLIENTELE_DB_PASSWORD.";
    }

    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
