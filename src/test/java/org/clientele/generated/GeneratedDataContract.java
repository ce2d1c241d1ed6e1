package org.clientele.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientele.testing.GeneratedDataSet;
import org.clientele.testing.PageClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generated data set ({@link GeneratedDataSet}) opens and browses like data the application wrote itself: every list,
 * detail, board, report and PDF page answers for the administrator and for a sales user, global
 * search finds generated people, and new records continue after the generated ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratedDataContract {

    static final String PASSWORD = "Generated-Password-1";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeAll
    void generate() {
        GeneratedDataSet.ensure(context);
    }

    @Test
    void theAdministratorBrowsesEverything() {
        PageClient pages = signedIn("user01@generated.clientele.test");
        List<String> paths = new ArrayList<>(lists());
        paths.addAll(details(null));
        paths.forEach(path -> opens(pages, path));
    }

    @Test
    void aSalesUserBrowsesTheirOwnRecords() {
        long user = jdbc.sql("select min(u.id) from users u join user_roles r on r.user_id = u.id and r.role = 'SALES' "
                + "where u.email like '%@generated.clientele.test' and exists (select 1 from contacts c where c.owner_id = u.id)")
                .query(Long.class).single();
        String email = jdbc.sql("select email from users where id = ?").param(user).query(String.class).single();
        PageClient pages = signedIn(email);
        List<String> paths = new ArrayList<>(lists());
        paths.addAll(details(user));
        paths.forEach(path -> opens(pages, path));
    }

    @Test
    void searchFindsAGeneratedContact() {
        PageClient pages = signedIn("user01@generated.clientele.test");
        String lastName = jdbc.sql("select last_name from contacts order by id limit 1").query(String.class).single();

        HttpResponse<String> results = opens(pages, "/search?q=" + lastName.replace(' ', '+'));

        assertThat(results.body()).contains(lastName);
    }

    @Test
    void aNewContactFollowsTheGeneratedOnes() {
        PageClient pages = signedIn("user01@generated.clientele.test");
        long highest = jdbc.sql("select max(id) from contacts").query(Long.class).single();

        long owner = jdbc.sql("select id from users where email = 'user01@generated.clientele.test'").query(Long.class).single();
        HttpResponse<String> saved = pages.submit("/contacts/new", "/contacts", Map.of("firstName", "Ada", "lastName", "Newcomer",
                "emails", "ada.newcomer@example.org", "ownerId", String.valueOf(owner)));

        assertThat(saved.statusCode()).as("saving a new contact: %s", saved.body()).isEqualTo(302);
        long id = jdbc.sql("select id from contacts where email = 'ada.newcomer@example.org'").query(Long.class).single();
        assertThat(id).isGreaterThan(highest);
    }

    private List<String> lists() {
        long keyAccounts = jdbc.sql("select id from pipelines where name = 'Key accounts'").query(Long.class).single();
        return List.of("/", "/companies", "/contacts", "/leads", "/deals", "/deals/board", "/deals/board?pipelineId=" + keyAccounts,
                "/deals/forecast", "/products", "/quotes", "/invoices", "/payments", "/reports/invoice-aging", "/reports/revenue",
                "/companies?sort=name&direction=desc", "/contacts?q=a");
    }

    /** Detail pages of the first record of each kind, of the given owner or of anyone. */
    private List<String> details(Long owner) {
        List<String> paths = new ArrayList<>();
        long company = first("companies", owner);
        long contact = first("contacts", owner);
        paths.add("/companies/" + company);
        paths.add("/companies/" + company + "/timeline");
        paths.add("/contacts/" + contact);
        paths.add("/contacts/" + contact + "/timeline");
        paths.add("/leads/" + first("leads", owner));
        paths.add("/deals/" + first("deals", owner));
        if (owner == null) {
            long issued = jdbc.sql("select min(id) from billing_invoices where number is not null").query(Long.class).single();
            long quote = jdbc.sql("select min(id) from billing_quotes where number is not null").query(Long.class).single();
            paths.add("/invoices/" + issued);
            paths.add("/invoices/" + issued + "/pdf");
            paths.add("/quotes/" + quote);
            paths.add("/quotes/" + quote + "/pdf");
        }
        return paths;
    }

    private long first(String table, Long owner) {
        return owner == null
                ? jdbc.sql("select min(id) from " + table).query(Long.class).single()
                : jdbc.sql("select min(id) from " + table + " where owner_id = ?").param(owner).query(Long.class).single();
    }

    private PageClient signedIn(String email) {
        PageClient pages = new PageClient(port);
        pages.signIn(email, PASSWORD);
        return pages;
    }

    private static HttpResponse<String> opens(PageClient pages, String path) {
        HttpResponse<String> response;
        try {
            response = pages.get(path);
        } catch (UncheckedIOException e) {
            throw new AssertionError("GET " + path + " broke off while the page was sent", e);
        }
        assertThat(response.statusCode()).as("GET %s answered: %s", path, response.body()).isEqualTo(200);
        return response;
    }
}
