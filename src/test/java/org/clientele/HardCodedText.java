package org.clientele;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.jsoup.select.Selector;

/**
 * Finds what Thymeleaf templates would show as written instead of taking from the message
 * bundles: text, and the attributes people read (placeholder, title, alt, aria-label).
 *
 * <p>Text counts as replaced when an element around it has {@code th:text}, {@code th:utext},
 * {@code th:replace}, {@code th:insert} or a {@code th:remove} that drops it. Looking outwards
 * stops at fragments ({@code th:fragment}, or elements a fragment expression such as
 * {@code ~{::#content}} selects), since they are rendered inside other markup: a page whose
 * {@code <html>} is replaced by the layout still shows the {@code #content} it hands over.
 */
final class HardCodedText {

    record Finding(String template, int line, String what) {

        @Override
        public String toString() {
            return template + ".html:" + line + " " + what;
        }
    }

    private static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");
    private static final List<String> VOID_ELEMENTS = List.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final List<String> BODY_REPLACING = List.of("text", "utext", "replace", "insert", "include");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    /** {@code ~{template :: selector}}; an empty template (or {@code this}) is the template itself. */
    private static final Pattern FRAGMENT_REFERENCE = Pattern.compile("~\\{\\s*([^:{}]*?)\\s*::\\s*([^(){},]+)");

    private final Map<String, Document> templates = new TreeMap<>();
    private final Set<Element> fragments = Collections.newSetFromMap(new IdentityHashMap<>());

    private HardCodedText(Map<String, String> markupByName) {
        markupByName.forEach((name, markup) -> templates.put(name, parse(markup)));
        templates.forEach(this::collectFragments);
    }

    /** What the templates (markup by template name, as Thymeleaf resolves the names) show as written. */
    static List<Finding> in(Map<String, String> markupByName) {
        return new HardCodedText(markupByName).findings();
    }

    /**
     * The XML parser keeps elements where they are written, as Thymeleaf does; the HTML parser
     * would move them (out of tables and selects, for example). It only needs to know which
     * elements have no end tag.
     */
    private static Document parse(String markup) {
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        TagSet tags = new TagSet();
        VOID_ELEMENTS.forEach(name -> tags.add(new Tag(name, parser.defaultNamespace()).set(Tag.Void)));
        return Jsoup.parse(markup, "", parser.tagSet(tags));
    }

    private void collectFragments(String name, Document document) {
        for (Element element : document.getAllElements()) {
            if (has(element, "fragment")) {
                fragments.add(element);
            }
            for (Attribute attribute : element.attributes()) {
                if (isThymeleaf(attribute.getKey())) {
                    Matcher reference = FRAGMENT_REFERENCE.matcher(fragmentExpressions(attribute));
                    while (reference.find()) {
                        String template = reference.group(1);
                        Document target = templates.get(template.isEmpty() || template.equals("this") ? name : template);
                        if (target != null) {
                            fragments.addAll(select(target, reference.group(2).strip(), name));
                        }
                    }
                }
            }
        }
    }

    /** th:replace and th:insert still accept {@code template :: selector} without {@code ~{}}. */
    private static String fragmentExpressions(Attribute attribute) {
        String value = attribute.getValue();
        boolean inclusion = attribute.getKey().endsWith(":replace") || attribute.getKey().endsWith("-replace")
                || attribute.getKey().endsWith(":insert") || attribute.getKey().endsWith("-insert");
        return inclusion && !value.contains("~{") ? "~{" + value + "}" : value;
    }

    /** A plain name selects elements of that name or th:fragment; anything else is a CSS-like selector. */
    private static List<Element> select(Document document, String selector, String referringTemplate) {
        if (selector.matches("[\\w-]+")) {
            return document.getAllElements().stream()
                    .filter(element -> element.normalName().equalsIgnoreCase(selector) || selector.equals(fragmentName(element)))
                    .toList();
        }
        try {
            return document.select(selector);
        }
        catch (Selector.SelectorParseException ex) {
            throw new IllegalStateException(referringTemplate + " selects a fragment with '" + selector
                    + "', which this check does not understand yet", ex);
        }
    }

    private static String fragmentName(Element element) {
        String signature = value(element, "fragment");
        int parameters = signature.indexOf('(');
        return (parameters < 0 ? signature : signature.substring(0, parameters)).strip();
    }

    private List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        templates.forEach((name, document) -> {
            document.nodeStream(TextNode.class)
                    .filter(text -> isReadable(text) && !replaced(text))
                    .forEach(text -> findings.add(new Finding(name, line(text),
                            "<" + text.parent().nodeName() + "> text \"" + text.text().strip() + "\"")));
            for (Element element : document.getAllElements()) {
                for (String attribute : READABLE_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (LETTER.matcher(value).find() && !setAtRenderTime(element, attribute) && !dropped(element)) {
                        findings.add(new Finding(name, line(element),
                                "<" + element.nodeName() + "> " + attribute + "=\"" + value + "\""));
                    }
                }
            }
        });
        return findings;
    }

    private static boolean isReadable(TextNode text) {
        String parent = text.parent() == null ? "" : text.parent().normalName();
        String withoutExpressions = INLINED_EXPRESSION.matcher(text.getWholeText()).replaceAll("");
        return !parent.equals("script") && !parent.equals("style") && LETTER.matcher(withoutExpressions).find();
    }

    /** Whether an element around the node puts something else in its place, up to the nearest fragment. */
    private boolean replaced(Node node) {
        Node child = node;
        while (child.parent() instanceof Element parent && !fragments.contains(child)) {
            if (dropsChild(parent, child)) {
                return true;
            }
            child = parent;
        }
        return false;
    }

    private static boolean dropsChild(Element parent, Node child) {
        if (BODY_REPLACING.stream().anyMatch(attribute -> has(parent, attribute))) {
            return true;
        }
        return switch (value(parent, "remove")) {
            case "all", "body" -> true;
            case "all-but-first" -> child != parent.firstElementChild();
            default -> false;
        };
    }

    /** Whether the element itself, with its attributes, does not reach the browser. */
    private boolean dropped(Element element) {
        String remove = value(element, "remove");
        return has(element, "replace") || remove.equals("all") || remove.equals("tag") || replaced(element);
    }

    private static boolean setAtRenderTime(Element element, String attribute) {
        boolean altOrTitle = attribute.equals("alt") || attribute.equals("title");
        Pattern assignment = Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=");
        return has(element, attribute) || (altOrTitle && has(element, "alt-title"))
                || assignment.matcher(value(element, "attr")).find();
    }

    private static boolean isThymeleaf(String attribute) {
        return attribute.startsWith("th:") || attribute.startsWith("data-th-");
    }

    private static boolean has(Element element, String thymeleafAttribute) {
        return element.hasAttr("th:" + thymeleafAttribute) || element.hasAttr("data-th-" + thymeleafAttribute);
    }

    private static String value(Element element, String thymeleafAttribute) {
        String value = element.hasAttr("th:" + thymeleafAttribute) ? element.attr("th:" + thymeleafAttribute)
                : element.attr("data-th-" + thymeleafAttribute);
        return value.strip();
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }
}
