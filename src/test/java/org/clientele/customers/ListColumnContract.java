package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The columns a user chooses on the lists follow them to another session; the name column stays. Subclasses pick the database. */
abstract class ListColumnContract {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Test
    void chosenColumnsAreKeptForTheUserAcrossSessions() {
        Cookie laptop = PageSessions.signInAsAdministrator(mvc);
        String lastName = "Columns " + ApiCalls.unique();
        new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow()).create("/api/v1/contacts",
                "{\"lastName\": \"" + lastName + "\", \"emails\": [\"col@example.com\"]}");

        Document before = html(mvc.get().uri("/contacts?q=" + lastName).cookie(laptop).exchange());
        assertThat(before.select("[data-testid=contacts] thead th").eachText()).contains("Name", "E-mail", "Phone", "Created");
        assertThat(before.select("[data-testid=column-choice] input[name=columns][checked]")).hasSize(7);

        MvcTestResult chosen = mvc.post().uri("/contacts/columns").with(csrf()).cookie(laptop).param("columns", "company", "owner", "name", "bogus")
                .param("back", "/contacts?q=" + lastName).exchange();
        assertThat(chosen).hasStatus3xxRedirection().hasRedirectedUrl("/contacts?q=" + lastName);

        Cookie phone = PageSessions.signInAsAdministrator(mvc);
        Document after = html(mvc.get().uri("/contacts?q=" + lastName).cookie(phone).exchange());
        assertThat(after.select("[data-testid=contacts] thead th").eachText()).contains("Name", "Company", "Owner")
                .doesNotContain("E-mail", "Phone", "Title", "Created");
        assertThat(after.select("[data-testid=contacts] tbody").text()).contains(lastName).doesNotContain("col@example.com");
        assertThat(after.select("[data-testid=column-choice] input[name=columns][checked]").eachAttr("value"))
                .containsExactly("company", "owner");
        assertThat(html(mvc.get().uri("/companies").cookie(phone).exchange())
                .select("[data-testid=column-choice] input[name=columns][checked]")).as("other lists keep their own").hasSize(7);

        mvc.post().uri("/contacts/columns").with(csrf()).cookie(phone).param("columns", "company", "title", "email", "phone", "owner",
                "created", "tags").exchange();
        assertThat(html(mvc.get().uri("/contacts?q=" + lastName).cookie(laptop).exchange()).select("[data-testid=contacts] thead th")
                .eachText()).contains("E-mail");
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
