package org.clientele.testing;

/** The users the test application contexts start with. */
public final class TestUsers {

    public static final String ADMIN_EMAIL = "admin@clientele.test";
    public static final String ADMIN_PASSWORD = "Test-Admin-Password-1";
    public static final String ADMIN_NAME = "Test Administrator";

    private TestUsers() {
    }
}
