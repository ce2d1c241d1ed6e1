package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanitiser of notes against friendly and hostile HTML. */
class RichTextTests {

    @Test
    void keepsParagraphsBreaksEmphasisListsAndLinks() {
        String html = "<p>One<br>two <b>bold</b> <strong>strong</strong> <i>italic</i> <em>em</em> <u>under</u></p>"
                + "<ul><li>a</li></ul><ol><li>b</li></ol><p><a href=\"https://example.com/x?y=1\">web</a> "
                + "<a href=\"mailto:anna@example.com\">mail</a></p>";

        assertThat(RichText.sanitize(html)).isEqualTo("<p>One<br>two <b>bold</b> <strong>strong</strong> <i>italic</i> <em>em</em> "
                + "<u>under</u></p><ul><li>a</li></ul><ol><li>b</li></ol><p><a href=\"https://example.com/x?y=1\" "
                + "rel=\"nofollow noopener\">web</a> <a href=\"mailto:anna@example.com\" rel=\"nofollow noopener\">mail</a></p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('x')</script><p>text</p>",
            "<p onclick=\"alert('x')\" onmouseover=\"alert(1)\">text</p>",
            "<p style=\"background:url(javascript:alert(1))\">text</p>",
            "<img src=x onerror=alert(1)><p>text</p>",
            "<svg onload=alert(1)><p>text</p></svg>",
            "<iframe src=\"https://evil.example\"></iframe><p>text</p>",
            "<style>p{color:red}</style><p>text</p>",
            "<p>text<object data=\"x\"></object><embed src=\"y\"></p>",
            "<form action=\"https://evil.example\"><p>text</p><input name=\"a\"></form>",
            "<p class=\"x\" id=\"y\" data-x=\"z\">text</p>",
            "<!-- <script>alert(1)</script> --><p>text</p>"})
    void dropsScriptsHandlersStylesAndEveryOtherElement(String hostile) {
        String clean = RichText.sanitize(hostile);

        assertThat(clean).isEqualTo("<p>text</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"javascript:alert(1)\">link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">link</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">link</a>",
            "<a href=\"vbscript:msgbox(1)\">link</a>",
            "<a href=\"/relative/path\">link</a>",
            "<a href=\"ftp://example.com\">link</a>"})
    void keepsOnlyWebAndMailLinks(String hostile) {
        assertThat(RichText.sanitize(hostile)).isEqualTo("<a rel=\"nofollow noopener\">link</a>");
    }

    @Test
    void overridesAnyRelTheLinkBrought() {
        assertThat(RichText.sanitize("<a href=\"https://example.com\" rel=\"opener\" target=\"_blank\">x</a>"))
                .isEqualTo("<a href=\"https://example.com\" rel=\"nofollow noopener\">x</a>");
    }

    @Test
    void nothingReadableLeftIsNothing() {
        assertThat(RichText.sanitize("<script>alert(1)</script>")).isNull();
        assertThat(RichText.sanitize("<p> </p><br>")).isNull();
        assertThat(RichText.sanitize("  ")).isNull();
        assertThat(RichText.sanitize(null)).isNull();
    }

    @Test
    void plainTextBecomesParagraphsAndShowsEveryCharacterAsItself() {
        assertThat(RichText.fromPlainText("First line\nsecond <b>not bold</b> & more\n\n Next paragraph"))
                .isEqualTo("<p>First line<br>second &lt;b&gt;not bold&lt;/b&gt; &amp; more</p><p>Next paragraph</p>");
        assertThat(RichText.fromPlainText("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }
}
