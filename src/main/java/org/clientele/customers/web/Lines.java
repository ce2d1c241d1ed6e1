package org.clientele.customers.web;

import java.util.Arrays;
import java.util.List;

/** Several values in one text field of a form: one per line (commas and semicolons separate too). */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    static String join(List<String> values) {
        return String.join("\n", values);
    }
}
