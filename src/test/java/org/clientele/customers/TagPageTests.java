package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Tags on pages: the tag page with its usage and administration, the tag card of a detail page, badges and the tag filter of the lists. */
@ClienteleTest
class TagPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TagManagement tags;

    @Autowired
    ContactManagement contacts;

    @Autowired
    SetupStatus setup;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void administratorsAddRenameAndDeleteTagsAfterSeeingHowManyRecordsCarryThem() {
        String name = "Fair " + ApiCalls.unique();
        assertThat(post("/tags", "name", name, "colour", "yellow")).hasStatus3xxRedirection().hasRedirectedUrl("/tags");
        TagView tag = tags.all().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        assertThat(tag.colour()).isEqualTo(TagColour.YELLOW);
        assertThat(post("/tags", "name", name.toUpperCase(), "colour", "yellow")).hasStatus3xxRedirection();
        assertThat(tags.all().stream().filter(candidate -> candidate.name().equalsIgnoreCase(name))).hasSize(1);

        Document page = html(mvc.get().uri("/tags").cookie(admin).exchange());
        assertThat(page.select("nav.navbar a[href=/tags]")).as("navigation entry").hasSize(1);
        assertThat(page.select("[data-testid=tags] .badge").eachText()).contains(name);
        assertThat(page.select("[data-testid=tag-add]")).hasSize(1);

        assertThat(post("/tags/" + tag.id(), "name", name + " 2027", "colour", "red")).hasStatus3xxRedirection();
        assertThat(tags.find(tag.id()).orElseThrow().name()).isEqualTo(name + " 2027");
        assertThat(post("/contacts/" + contact("Confirm").id() + "/tags", "tagId", Long.toString(tag.id()))).hasStatus3xxRedirection();

        Document confirmation = html(mvc.get().uri("/tags/" + tag.id() + "/delete").cookie(admin).exchange());
        assertThat(confirmation.select("[data-testid=tag-usage]").text()).startsWith("1 records carry this tag (0 companies, 1 contacts");
        assertThat(post("/tags/" + tag.id() + "/delete")).hasStatus3xxRedirection();
        assertThat(tags.find(tag.id())).isEmpty();
    }

    @Test
    void detailPagesAddAndRemoveTagsInPlaceAndListsShowAndFilterThem() {
        TagView vip = tags.create("VIP " + ApiCalls.unique(), "green");
        ContactView tagged = contact("Tagged");
        ContactView plain = contact("Plain");

        Document card = html(mvc.post().uri("/contacts/" + tagged.id() + "/tags").with(csrf()).cookie(admin).header("HX-Request", "true")
                .param("tagId", Long.toString(vip.id())).exchange());
        assertThat(card.select("nav.navbar")).isEmpty();
        assertThat(card.select("[data-testid=record-tags] .badge").text()).contains(vip.name());
        assertThat(card.select("[data-testid=record-tags] .badge").hasClass("text-bg-success")).isTrue();
        assertThat(card.select("[data-testid=add-tag] option").eachText()).doesNotContain(vip.name());

        Document detail = html(mvc.get().uri("/contacts/" + tagged.id()).cookie(admin).exchange());
        assertThat(detail.select("[data-testid=record-tags] .badge").text()).contains(vip.name());

        Document list = html(mvc.get().uri("/contacts?tag=" + vip.id()).cookie(admin).exchange());
        assertThat(list.select("[data-testid=contacts] tbody tr")).hasSize(1);
        assertThat(list.select("[data-testid=contacts] tbody tr").text()).contains(tagged.lastName(), vip.name());
        assertThat(list.select("select[name=tag] option[selected]").val()).isEqualTo(Long.toString(vip.id()));
        assertThat(list.select("[data-testid=contacts] thead a").attr("href")).contains("tag=" + vip.id());
        assertThat(html(mvc.get().uri("/contacts?q=" + plain.lastName()).cookie(admin).exchange())
                .select("[data-testid=row-tags]")).isEmpty();

        MvcTestResult removed = mvc.post().uri("/contacts/" + tagged.id() + "/tags/" + vip.id() + "/remove").with(csrf()).cookie(admin)
                .exchange();
        assertThat(removed).as("without htmx: back to the page").hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + tagged.id());
        assertThat(tags.tagsOf(TaggedType.CONTACT, List.of(tagged.id()))).isEmpty();
        assertThat(html(mvc.get().uri("/companies?tag=" + vip.id()).cookie(admin).exchange()).select("select[name=tag]")).hasSize(1);
        assertThat(html(mvc.get().uri("/leads?tag=" + vip.id()).cookie(admin).exchange()).select("select[name=tag]")).hasSize(1);
    }

    private ContactView contact(String firstName) {
        return contacts.create(adminId, new ContactForm(firstName, "Tagpage " + ApiCalls.unique(), null, null, List.of(), List.of(), null,
                Address.empty(), adminId, null, Set.of()));
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
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
