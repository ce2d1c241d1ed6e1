package org.clientele.customers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text of notes, made safe on the server whatever the browser sent: paragraphs, line
 * breaks, bold, italic, underline, lists and links (http, https and mailto only, each given
 * {@code rel="nofollow noopener"}) survive; every other element, every other attribute (event
 * handlers and styles among them) and scripts are dropped, their text kept where it is text.
 */
public final class RichText {

    /** The most characters a sanitised body may have. */
    public static final int MAX_LENGTH = 50_000;

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The HTML with only what the safelist allows; {@code null} if nothing readable is left. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
        return Jsoup.parse(clean).text().isBlank() ? null : clean;
    }

    /**
     * Plain text as typed into a text area, as safe HTML: blank lines part paragraphs, single line
     * breaks stay line breaks, and every character shows as itself.
     */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return sanitize(html.toString());
    }
}
