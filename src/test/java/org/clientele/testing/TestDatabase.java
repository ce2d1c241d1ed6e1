package org.clientele.testing;

/**
 * A database made for one test context, dropped when the test JVM ends.
 *
 * @param url JDBC URL of the database, credentials included as parameters
 * @param name the database's name, {@code clientele_test_…}
 */
public record TestDatabase(String url, String name) {
}
