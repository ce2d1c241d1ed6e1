package org.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.clientele.identity.ApiTokens;
import org.clientele.identity.CreatedPersonalAccessToken;
import org.clientele.identity.NewPersonalAccessToken;
import org.clientele.identity.PersonalAccessTokens;
import org.clientele.platform.SystemSettings;
import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.PageSessions;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The same application on MariaDB: the MySQL-family migrations apply and pass Hibernate's schema
 * validation, and the parts that use vendor-specific SQL work.
 */
@RequiresMariaDb
@SpringBootTest(properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SystemSettings settings;

    @Test
    void runsOnMariaDb() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).containsIgnoringCase("mariadb");
    }

    @Test
    void bootstrapAdministratorIsCreatedAndAudited() {
        assertThat(jdbc.sql("select count(*) from users u join user_roles r on r.user_id = u.id where u.email = ? and r.role = 'ADMINISTRATOR'")
                .param(TestUsers.ADMIN_EMAIL).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from users_aud a join audit_revisions r on r.id = a.rev where a.email = ? and a.revtype = 0")
                .param(TestUsers.ADMIN_EMAIL).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void apiTokensWork() {
        String token = tokens.issue(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).accessToken();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson().extractingPath("$.email").asString().isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(mvc.post().uri("/api/v1/teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType("application/json").content("{\"name\": \"MariaDB team\"}")).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/teams?limit=1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson().extractingPath("$.data").asArray().hasSize(1);
    }

    @Test
    void personalAccessTokensWork(@Autowired PersonalAccessTokens personalTokens) {
        long adminId = jdbc.sql("select id from users where email = ?").param(TestUsers.ADMIN_EMAIL).query(Long.class).single();
        CreatedPersonalAccessToken created = personalTokens.create(adminId,
                new NewPersonalAccessToken("MariaDB", Set.of("users:read"), Instant.now().plus(1, ChronoUnit.DAYS)));

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from personal_access_tokens where id = ? and last_used_at is not null")
                .param(created.token().id()).query(Integer.class).single()).isEqualTo(1);

        personalTokens.revokeOwn(adminId, created.token().id());

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pagesKeepTheirSessionInTheDatabase() {
        assertThat(mvc.get().uri("/login")).hasStatusOk();

        assertThat(jdbc.sql("select count(*) from SPRING_SESSION").query(Integer.class).single()).isPositive();
    }

    @Test
    void administrationPagesWork() {
        var session = PageSessions.signInAsAdministrator(mvc);

        assertThat(mvc.get().uri("/admin/jobs").cookie(session)).hasStatusOk()
                .bodyText().contains("event-publication-maintenance");
        assertThat(mvc.get().uri("/admin/users?sort=-createdAt").cookie(session)).hasStatusOk()
                .bodyText().contains(TestUsers.ADMIN_EMAIL);
        assertThat(mvc.get().uri("/admin/teams").cookie(session)).hasStatusOk();
        assertThat(mvc.get().uri("/admin/security-events").cookie(session)).hasStatusOk()
                .bodyText().contains(TestUsers.ADMIN_EMAIL);
    }

    @Test
    void settingsAreStoredOnceUnderRaces() {
        assertThat(settings.putIfAbsent("test.mariadb.once", "first")).isTrue();
        assertThat(settings.putIfAbsent("test.mariadb.once", "second")).isFalse();
        settings.put("test.mariadb.once", "third");

        assertThat(settings.find("test.mariadb.once")).contains("third");
    }

    @Test
    void jobsAndEventTablesAreUsable(@Autowired IncompleteEventPublications incomplete,
            @Autowired CompletedEventPublications completed) {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
        completed.deletePublicationsOlderThan(Duration.ofDays(7));

        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'event-publication-maintenance'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
