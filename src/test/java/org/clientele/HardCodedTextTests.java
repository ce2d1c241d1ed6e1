package org.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the hard-coded text check of {@link I18nTests} reports, and what it lets pass. */
class HardCodedTextTests {

    @Test
    void reportsTextAndReadableAttributesWithTheirPlace() {
        assertThat(findings("<p>\n  Hello <b th:text=\"#{name}\">name</b>\n</p>\n<input placeholder=\"Your name\">"))
                .containsExactly("page.html:1 <p> text \"Hello\"", "page.html:4 <input> placeholder=\"Your name\"");
    }

    @Test
    void acceptsTextThatIsReplacedAtRenderTime() {
        assertThat(findings("""
                <p th:text="#{a}">Example</p>
                <div th:utext="#{a}"><span>Nested example</span></div>
                <div th:replace="~{fragments :: a}">Example</div>
                <div th:insert="~{fragments :: a}">Example</div>
                <div th:remove="all">Example</div>
                <div th:remove="body">Example</div>
                <p>[[#{a}]] [(${b})] 42 · &nbsp;</p>
                <script>const label = "Not for people";</script>
                <style>.x::after { content: "Not text"; }</style>
                <!-- A note -->""")).isEmpty();
    }

    @Test
    void reportsTextThatRemovalKeeps() {
        assertThat(findings("""
                <div th:remove="tag">Kept</div>
                <ul th:remove="all-but-first"><li>First</li><li>Second</li></ul>
                <p>[[${count}]] items</p>"""))
                .extracting(finding -> finding.substring(finding.indexOf('"')))
                .containsExactly("\"Kept\"", "\"First\"", "\"[[${count}]] items\"");
    }

    @Test
    void acceptsAttributesSetAtRenderTime() {
        assertThat(findings("""
                <input placeholder="Name" th:placeholder="#{a}">
                <button title="Close" data-th-title="#{a}"></button>
                <button aria-label="Close" th:attr="role='x', aria-label=#{a}"></button>
                <img alt="Logo" th:alt-title="#{a}"><img alt="">
                <span th:replace="~{fragments :: a}" title="Example"></span>""")).isEmpty();
        assertThat(findings("<a title=\"Go\" th:attr=\"data-title=#{a}\" th:attrappend=\"title=${b}\"></a>")).hasSize(1);
    }

    @Test
    void followsTheContentAPageHandsToItsLayout() {
        Map<String, String> templates = Map.of(
                "layout", "<html th:fragment=\"page(content)\"><body><main th:replace=\"${content}\">Example</main></body></html>",
                "page", """
                        <html th:replace="~{layout :: page(~{::#content})}">
                        <body><p>Only seen as a static prototype</p><section id="content"><h1>Welcome</h1></section></body>
                        </html>""");

        assertThat(HardCodedText.in(templates)).map(Object::toString).containsExactly("page.html:2 <h1> text \"Welcome\"");
    }

    @Test
    void followsFragmentsOutOfRemovedMarkup() {
        assertThat(findings("<div th:remove=\"all\"><p th:fragment=\"hint\">Hint</p><p>Example</p></div>"))
                .containsExactly("page.html:1 <p> text \"Hint\"");
    }

    @Test
    void knowsThatVoidElementsHaveNoContent() {
        assertThat(findings("<label><input th:replace=\"~{fragments :: a}\"> Remember me</label>"))
                .containsExactly("page.html:1 <label> text \"Remember me\"");
    }

    private static List<String> findings(String markup) {
        return HardCodedText.in(Map.of("page", markup)).stream().map(Object::toString).toList();
    }
}
