package org.clientele.platform.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many records of each kind to generate, read from the {@code --generate} value: {@code full},
 * {@code scale=0.01} (the full counts multiplied), and {@code kind=count} pairs that set one count,
 * separated by commas, as in {@code scale=0.1,contacts=200000}.
 */
public record GenerationPlan(Map<String, Integer> counts) {

    /** The data set of issue 7: a mid-sized company's CRM after some years. */
    static final Map<String, Integer> FULL = fullCounts();

    public GenerationPlan {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static GenerationPlan parse(String spec) {
        Map<String, Integer> counts = new LinkedHashMap<>(FULL);
        Map<String, Integer> overrides = new LinkedHashMap<>();
        double scale = 1;
        for (String part : spec.split(",")) {
            String item = part.trim();
            if (item.isEmpty() || item.equals("full") || item.equals("true")) {
                continue;
            }
            int equals = item.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Cannot read \"" + item + "\" in --generate: expected full, scale=F or kind=count");
            }
            String key = item.substring(0, equals).trim();
            String value = item.substring(equals + 1).trim();
            if (key.equals("scale")) {
                scale = number(key, value);
                if (scale <= 0 || scale > 10) {
                    throw new IllegalArgumentException("The scale in --generate must be above 0 and at most 10, not " + value);
                }
            } else if (FULL.containsKey(key)) {
                overrides.put(key, (int) number(key, value));
            } else {
                throw new IllegalArgumentException("Unknown kind \"" + key + "\" in --generate; known: " + FULL.keySet());
            }
        }
        for (Map.Entry<String, Integer> entry : FULL.entrySet()) {
            int minimum = entry.getKey().equals("users") || entry.getKey().equals("teams") ? 2 : 0;
            counts.put(entry.getKey(), Math.max(minimum, (int) Math.round(entry.getValue() * scale)));
        }
        counts.putAll(overrides);
        counts.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("The count of " + kind + " in --generate cannot be negative");
            }
        });
        return new GenerationPlan(counts);
    }

    public int count(String kind) {
        Integer count = counts.get(kind);
        if (count == null) {
            throw new IllegalArgumentException("The generation plan has no kind \"" + kind + "\"; known: " + counts.keySet());
        }
        return count;
    }

    private static double number(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value of " + key + " in --generate is not a number: " + value, e);
        }
    }

    private static Map<String, Integer> fullCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("users", 50);
        counts.put("teams", 8);
        counts.put("companies", 200_000);
        counts.put("contacts", 1_000_000);
        counts.put("leads", 100_000);
        counts.put("deals", 300_000);
        counts.put("timeline", 3_000_000);
        counts.put("quotes", 200_000);
        counts.put("invoices", 200_000);
        return Collections.unmodifiableMap(counts);
    }
}
