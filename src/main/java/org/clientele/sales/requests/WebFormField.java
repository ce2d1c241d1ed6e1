package org.clientele.sales.requests;

import java.util.Arrays;
import java.util.Optional;

/** The request fields a web form may show; {@link #parameter()} is the name of the HTML input. */
public enum WebFormField {
    FIRST_NAME("firstName", 100), LAST_NAME("lastName", 100), EMAIL("email", 320), PHONE("phone", 40),
    COMPANY_NAME("companyName", 200), WEBSITE("website", 500), COUNTRY("country", 2), CITY("city", 120),
    SUBJECT("subject", 200), MESSAGE("message", 4000);

    private final String parameter;
    private final int maxLength;

    WebFormField(String parameter, int maxLength) {
        this.parameter = parameter;
        this.maxLength = maxLength;
    }

    public String parameter() {
        return parameter;
    }

    public int maxLength() {
        return maxLength;
    }

    public static Optional<WebFormField> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(field -> field.parameter.equals(parameter)).findFirst();
    }
}
