package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Segments on pages: saving the contact list's filter, the segments page with counts, members page by page, taking out, deleting. */
@ClienteleTest
class SegmentPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    private Cookie session;
    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        session = PageSessions.signInAsAdministrator(mvc);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void theContactListsFilterIsSavedAsASegmentThatListsItsMembersPageByPage() {
        String word = ApiCalls.unique();
        for (int i = 0; i < 27; i++) {
            admin.create("/api/v1/contacts", "{\"firstName\": \"P" + String.format("%02d", i) + "\", \"lastName\": \"Member " + word + "\"}");
        }
        Document list = html(mvc.get().uri("/contacts?q=" + word).cookie(session).exchange());
        assertThat(list.select("[data-testid=save-segment] input[name=q]").val()).isEqualTo(word);
        assertThat(html(mvc.get().uri("/contacts").cookie(session).exchange()).select("[data-testid=save-segment]"))
                .as("only for a filtered list").isEmpty();

        MvcTestResult saved = mvc.post().uri("/segments").with(csrf()).cookie(session).param("kind", "DYNAMIC").param("name", "Members " + word)
                .param("q", word).exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String path = saved.getResponse().getRedirectedUrl();
        Document segment = html(mvc.get().uri(path).cookie(session).exchange());
        assertThat(segment.select("[data-testid=segment-name]").text()).isEqualTo("Members " + word);
        assertThat(segment.select("[data-testid=segment-kind]").text()).contains("Saved filter", "27 members");
        assertThat(segment.select("[data-testid=segment-contacts] tbody tr")).hasSize(25);
        Document next = html(mvc.get().uri(segment.select("[data-testid=next-page]").attr("href")).cookie(session).exchange());
        assertThat(next.select("[data-testid=segment-contacts] tbody tr")).hasSize(2);

        Document segments = html(mvc.get().uri("/segments").cookie(session).exchange());
        assertThat(segments.select("nav.navbar a[href=/segments]")).hasSize(1);
        assertThat(segments.select("[data-testid=segments] tr:contains(Members " + word + ") [data-testid=segment-members]").text())
                .isEqualTo("27");

        assertThat(html(mvc.get().uri(path + "/delete").cookie(session).exchange()).select("h1").text())
                .isEqualTo("Delete the segment Members " + word + "?");
        assertThat(mvc.post().uri(path + "/delete").with(csrf()).cookie(session).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(path).cookie(session).exchange()).hasStatus(404);
    }

    @Test
    void staticSegmentsAreFilledFromTheContactListAndEmptiedOnTheirPage() {
        String word = ApiCalls.unique();
        String contact = admin.create("/api/v1/contacts", "{\"lastName\": \"Listed " + word + "\"}");
        assertThat(mvc.post().uri("/segments").with(csrf()).cookie(session).param("kind", "STATIC").param("name", "List " + word).exchange())
                .hasStatus3xxRedirection();
        String segment = ApiCalls.<java.util.List<String>>read(admin.get("/api/v1/segments"), "$.data[?(@.name == 'List " + word + "')].id")
                .get(0);

        Document list = html(mvc.get().uri("/contacts?q=" + word).cookie(session).exchange());
        assertThat(list.select("#bulk-segment option").eachText()).contains("List " + word);
        assertThat(mvc.post().uri("/contacts/bulk").with(csrf()).cookie(session).param("action", "add-to-segment").param("ids", contact)
                .param("segmentId", segment).exchange()).hasStatus3xxRedirection();

        Document page = html(mvc.get().uri("/segments/" + segment).cookie(session).exchange());
        assertThat(page.select("[data-testid=segment-contacts] tbody tr").text()).contains("Listed " + word);
        Document contactPage = html(mvc.get().uri("/contacts/" + contact).cookie(session).exchange());
        assertThat(contactPage.select("[data-testid=contact-segments] a").eachText()).containsExactly("List " + word);
        assertThat(contactPage.select("[data-testid=add-to-segment] option").eachText()).doesNotContain("List " + word);
        assertThat(mvc.post().uri("/segments/" + segment + "/members/" + contact + "/remove").with(csrf()).cookie(session)
                .param("back", "/contacts/" + contact).exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + contact);
        assertThat(html(mvc.get().uri("/contacts/" + contact).cookie(session).exchange()).select("[data-testid=add-to-segment] option")
                .eachText()).contains("List " + word);
        assertThat(mvc.post().uri("/segments/members").with(csrf()).cookie(session).param("segmentId", segment).param("contactId", contact)
                .exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + contact);
        assertThat(html(mvc.get().uri("/segments/" + segment).cookie(session).exchange()).select("[data-testid=segment-contacts]"))
                .hasSize(1);
        assertThat(mvc.post().uri("/segments/" + segment + "/members/" + contact + "/remove").with(csrf()).cookie(session).exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl("/segments/" + segment);
        assertThat(html(mvc.get().uri("/segments/" + segment).cookie(session).exchange()).select("[data-testid=segment-no-members]"))
                .hasSize(1);
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
