package org.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English, German and Spanish message bundles match each other, and the templates take all
 * their text from them.
 */
class I18nTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final List<String> BUNDLES = List.of("messages.properties", "messages_de.properties", "messages_es.properties");
    private static final String ENGLISH = BUNDLES.get(0);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*[,}]");
    /** {@code #{key}}, {@code #{key(...)}}, {@code #{'key'}} or the start of {@code #{'prefix.' + ${...}}}. */
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*(?:'([^']*)'|([\\w.-]+))\\s*([+(}])");

    private static Map<String, Map<String, String>> bundles;
    private static Map<String, String> templates;

    @BeforeAll
    static void read() throws IOException {
        bundles = new TreeMap<>();
        for (String bundle : BUNDLES) {
            bundles.put(bundle, messages(RESOURCES.resolve(bundle)));
        }
        templates = templates(TEMPLATES);
        assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
    }

    @Test
    void bundlesHaveTheSameKeys() {
        Set<String> english = english().keySet();
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, messages) -> {
            Set<String> missing = difference(english, messages.keySet());
            Set<String> extra = difference(messages.keySet(), english);
            if (!missing.isEmpty()) {
                problems.add(bundle + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(bundle + " has keys that " + ENGLISH + " lacks: " + extra);
            }
        });
        assertThat(problems).as("keys of the message bundles").isEmpty();
    }

    /** A key given twice keeps only its last text, silently; this happens when two changes add the same key. */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> seen = new HashSet<>();
            List<String> repeated = Files.readAllLines(RESOURCES.resolve(bundle), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key))
                    .toList();
            assertThat(repeated).as("keys given twice in %s", bundle).isEmpty();
        }
    }

    @Test
    void noMessageIsBlank() {
        List<String> blank = new ArrayList<>();
        bundles.forEach((bundle, messages) -> messages.forEach((key, message) -> {
            if (message.isBlank()) {
                blank.add(bundle + ": " + key);
            }
        }));
        assertThat(blank).as("blank messages").isEmpty();
    }

    @Test
    void translationsHaveTheEnglishPlaceholders() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, messages) -> english().forEach((key, message) -> {
            if (messages.containsKey(key) && !placeholders(message).equals(placeholders(messages.get(key)))) {
                problems.add(bundle + ": " + key + " has " + placeholders(messages.get(key))
                        + " where English has " + placeholders(message));
            }
        }));
        assertThat(problems).as("placeholders that differ from English").isEmpty();
    }

    /** MessageFormat drops a lone apostrophe and treats the text after it as quoted, placeholders included. */
    @Test
    void messagesWithPlaceholdersDoubleTheirApostrophes() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, messages) -> messages.forEach((key, message) -> {
            if (!placeholders(message).isEmpty() && message.replace("''", "").contains("'")) {
                problems.add(bundle + ": " + key + "=" + message);
            }
        }));
        assertThat(problems).as("lone apostrophes in messages with placeholders (write '')").isEmpty();
    }

    @Test
    void templatesShowNoHardCodedText() {
        assertThat(HardCodedText.in(templates)).as("text in templates that is not taken from the message bundles")
                .isEmpty();
    }

    @Test
    void templatesUseExistingMessageKeys() {
        Set<String> keys = english().keySet();
        List<String> problems = new ArrayList<>();
        templates.forEach((template, markup) -> {
            Matcher expression = MESSAGE_EXPRESSION.matcher(markup);
            while (expression.find()) {
                String literal = expression.group(1) != null ? expression.group(1) : expression.group(2);
                boolean prefix = expression.group(3).equals("+");
                if (prefix && keys.stream().noneMatch(key -> key.startsWith(literal))) {
                    problems.add(template + ".html: no key starts with " + literal);
                }
                else if (!prefix && !keys.contains(literal)) {
                    problems.add(template + ".html: no key " + literal);
                }
            }
        });
        assertThat(problems).as("message keys the templates use but " + ENGLISH + " lacks").isEmpty();
    }

    private static Map<String, String> english() {
        return bundles.get(ENGLISH);
    }

    private static Map<String, String> messages(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, message) -> messages.put((String) key, (String) message));
        return messages;
    }

    /**
     * Markup by template name, as Thymeleaf reads it: without parser-level comment blocks, and with
     * the markup inside prototype-only comment blocks uncommented.
     */
    private static Map<String, String> templates(Path root) throws IOException {
        Map<String, String> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".html")).forEach(file -> {
                String name = root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.html$", "");
                templates.put(name, read(file).replace("<!--/*/", "").replace("/*/-->", "")
                        .replaceAll("(?s)<!--/\\*.*?\\*/-->", ""));
            });
        }
        return templates;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> placeholders = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            placeholders.add("{" + placeholder.group(1) + "}");
        }
        return placeholders;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> difference = new TreeSet<>(these);
        difference.removeAll(those);
        return difference;
    }
}
