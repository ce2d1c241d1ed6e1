package org.clientele.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Preferences;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every audited change is recorded with who made it, from where and in which request. */
@ClienteleTest
class AuditRevisionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setupStatus;

    @Autowired
    UserManagement users;

    /** Other test classes share this application and its administrator, so the change is undone. */
    @AfterEach
    void restoreAdministrator() {
        users.changePreferences(administratorId(), new Preferences(TestUsers.ADMIN_NAME, "en", "UTC"));
    }

    @Test
    void profileChangeIsRecordedWithTheUserAndTheRequest() {
        long administratorId = administratorId();
        String requestId = "audit-" + UUID.randomUUID();
        String newName = "Audited Administrator " + requestId.substring(6, 14);
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        assertThat(mvc.post().uri("/profile").cookie(session).with(csrf()).header("X-Request-Id", requestId)
                .param("fullName", newName)
                .param("language", "en")
                .param("timeZone", "Europe/Paris")
                .exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");

        Map<String, Object> revision = jdbc.sql("select * from audit_revisions where request_id = ?").param(requestId)
                .query().singleRow();
        assertThat(revision).containsEntry("user_id", administratorId)
                .containsEntry("user_email", TestUsers.ADMIN_EMAIL)
                .containsEntry("client_ip", "127.0.0.1");
        assertThat(revision.get("recorded_at")).isNotNull();
        Map<String, Object> audited = jdbc.sql("select * from users_aud where rev = ?").param(revision.get("id"))
                .query().singleRow();
        assertThat(audited).containsEntry("id", administratorId)
                .containsEntry("full_name", newName)
                .containsEntry("time_zone", "Europe/Paris");
        assertThat(((Number) audited.get("revtype")).intValue()).as("revision type: modification").isEqualTo(1);
    }

    @Test
    void bootstrapAdministratorIsRecordedWithoutUserOrRequest() {
        Map<String, Object> revision = jdbc.sql("""
                        select r.* from users_aud a join audit_revisions r on r.id = a.rev
                        where a.id = ? and a.revtype = 0
                        """)
                .param(administratorId())
                .query().singleRow();

        assertThat(revision.get("id")).isNotNull();
        assertThat(revision.get("user_id")).isNull();
        assertThat(revision.get("user_email")).isNull();
        assertThat(revision.get("request_id")).isNull();
        assertThat(revision.get("client_ip")).isNull();
        assertThat(jdbc.sql("select full_name from users_aud where id = ? and revtype = 0").param(administratorId())
                .query(String.class).single()).isEqualTo(TestUsers.ADMIN_NAME);
    }

    private long administratorId() {
        return setupStatus.firstAdministratorId().orElseThrow();
    }
}
