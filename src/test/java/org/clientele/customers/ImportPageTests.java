package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The import pages: upload, the mapping form, dry run, progress, result, errors, undo and who sees what. */
@ClienteleTest
class ImportPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private Cookie admin;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @Test
    void uploadMapCheckImportAndUndoThroughThePages() {
        String tag = ApiCalls.unique();
        String csv = "Nombre;Apellidos;Correo electrónico;Notas\r\n"
                + "Ana;García " + tag + ";ana@" + tag + ".example;x\r\n"
                + "Luis;Pérez " + tag + ";not-an-address;y\r\n"
                + "Eva;Sanz " + tag + ";eva@" + tag + ".example;z\r\n";

        Document list = html(mvc.get().uri("/imports").cookie(admin).exchange());
        assertThat(list.select("nav.navbar a[href=/imports]")).as("navigation entry").hasSize(1);
        assertThat(list.select("[data-testid=import-upload] input[type=file][name=file]")).hasSize(1);

        MvcTestResult uploaded = mvc.post().uri("/imports").multipart()
                .file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(admin).exchange();
        assertThat(uploaded).hasStatus3xxRedirection();
        String page = uploaded.getResponse().getRedirectedUrl();
        assertThat(page).matches("/imports/\\d+");

        Document mapping = html(mvc.get().uri(page).cookie(admin).exchange());
        assertThat(mapping.select("label[for=column0]").text()).isEqualTo("Nombre");
        assertThat(mapping.select("#column0 option[selected]").val()).isEqualTo("firstName");
        assertThat(mapping.select("#column2 option[selected]").val()).isEqualTo("email");
        assertThat(mapping.select("#column3 option[selected]")).as("unknown header ignored").isEmpty();

        assertThat(mvc.post().uri(page + "/start").param("column0", "firstName").param("column1", "lastName").param("column2", "email")
                .param("column3", "").param("onMatch", "skip").param("dryRun", "true").with(csrf()).cookie(admin).exchange())
                .hasStatus3xxRedirection();
        awaitStatus(page, "CHECKED");
        Document checked = html(mvc.get().uri(page).cookie(admin).exchange());
        assertThat(checked.select("[data-testid=import-created]").text()).isEqualTo("2");
        assertThat(checked.select("[data-testid=import-errors]").text()).isEqualTo("1");
        assertThat(checked.select("[data-testid=import-mapping]")).as("still open after a dry run").hasSize(1);
        assertThat(contacts(tag)).isZero();

        assertThat(mvc.post().uri(page + "/start").param("column0", "firstName").param("column1", "lastName").param("column2", "email")
                .param("onMatch", "skip").param("dryRun", "false").with(csrf()).cookie(admin).exchange()).hasStatus3xxRedirection();
        awaitStatus(page, "DONE");
        assertThat(contacts(tag)).isEqualTo(2);
        assertThat(mvc.get().uri(page + "/progress").header("HX-Request", "true").cookie(admin).exchange())
                .as("a finished import reloads the page").hasHeader("HX-Refresh", "true");
        Document done = html(mvc.get().uri(page).cookie(admin).exchange());
        assertThat(done.select("[data-testid=import-mapping]")).isEmpty();
        assertThat(done.select("[data-testid=import-errors-download]").attr("href")).isEqualTo(page + "/errors.csv");
        MvcTestResult errors = mvc.get().uri(page + "/errors.csv").cookie(admin).exchange();
        assertThat(errors).hasStatusOk();
        assertThat(errors.getResponse().getContentAsByteArray()).asString(StandardCharsets.UTF_8)
                .contains("line,column,reason,Nombre").contains("3,Correo electrónico,").contains("not-an-address");
        assertThat(html(mvc.get().uri("/imports").cookie(admin).exchange()).select("[data-testid=imports] a[href=" + page + "]"))
                .hasSize(1);

        Document confirm = html(mvc.get().uri(page + "/undo").cookie(admin).exchange());
        assertThat(confirm.select("[data-testid=confirm-undo]")).hasSize(1);
        assertThat(mvc.post().uri(page + "/undo").with(csrf()).cookie(admin).exchange()).hasStatus3xxRedirection();
        awaitStatus(page, "UNDONE");
        assertThat(contacts(tag)).isZero();
    }

    @Test
    void aBadFileIsRefusedOnThePageAndOthersSeeNeitherThePageNorTheImport() {
        MvcTestResult empty = mvc.post().uri("/imports").multipart()
                .file(new MockMultipartFile("file", "empty.csv", "text/csv", "\r\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(admin).exchange();
        assertThat(empty).hasStatus3xxRedirection().hasRedirectedUrl("/imports");

        MvcTestResult uploaded = mvc.post().uri("/imports").multipart()
                .file(new MockMultipartFile("file", "one.csv", "text/csv", "Last Name\r\nOne\r\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(admin).exchange();
        String page = uploaded.getResponse().getRedirectedUrl();
        Account sales = TestAccounts.create(context, "Page import sales", Set.of(Role.SALES));
        Cookie salesSession = PageSessions.signIn(mvc, sales.email(), sales.password());
        assertThat(mvc.get().uri(page).cookie(salesSession).exchange()).hasStatus(404);
        assertThat(html(mvc.get().uri("/imports").cookie(salesSession).exchange()).select("[data-testid=imports-empty]")).hasSize(1);
        Account auditor = TestAccounts.create(context, "Page import auditor", Set.of(Role.AUDITOR));
        Cookie auditorSession = PageSessions.signIn(mvc, auditor.email(), auditor.password());
        assertThat(mvc.get().uri("/imports").cookie(auditorSession).exchange()).hasStatus(403);
    }

    private void awaitStatus(String page, String status) {
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                jdbc.sql("select status from customer_imports where id = ?").param(id).query(String.class).single()));
    }

    private long contacts(String tag) {
        return jdbc.sql("select count(*) from contacts where last_name like ?").param("% " + tag).query(Long.class).single();
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
