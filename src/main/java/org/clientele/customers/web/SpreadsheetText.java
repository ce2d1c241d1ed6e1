package org.clientele.customers.web;

/**
 * Keeps spreadsheets from running what a customer typed (CSV injection): text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single
 * quote, as OWASP recommends. Phone numbers in E.164 start with + and so get one too.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
