package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal access tokens over the API: made once and kept only as a hash, accepted as bearer
 * tokens with no more power than their scopes and their owner's current roles allow, refused at
 * once when revoked, expired or their owner is deactivated.
 */
@ClienteleTest
class PersonalAccessTokenApiTests {

    private static final String INVALID_TOKEN_DETAIL = "The bearer token is invalid, expired or revoked.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens signedTokens;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JsonMapper json;

    String adminJwt;

    long adminId;

    @BeforeEach
    void signIn() {
        adminJwt = signedTokens.issue(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).accessToken();
        adminId = jdbc.sql("select id from users where email = ?").param(TestUsers.ADMIN_EMAIL).query(Long.class).single();
    }

    @Test
    void createdTokenIsShownOnceAndStoredOnlyAsHashAndPrefix() throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Nightly export", "\"customers:read\", \"users:read\"", Instant.now().plus(30, ChronoUnit.DAYS)))
                .exchange();

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode answer = json.readTree(created.getResponse().getContentAsString());
        String token = answer.get("token").asString();
        String id = answer.get("id").asString();
        assertThat(token).matches("clt_[0-9A-Za-z]{40}");
        assertThat(created).hasHeader(HttpHeaders.LOCATION, "/api/v1/tokens/" + id);
        assertThat(created.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(answer.get("prefix").asString()).isEqualTo(token.substring(0, 10));
        assertThat(answer.get("scopes").toString()).isEqualTo("[\"customers:read\",\"users:read\"]");

        Map<String, Object> row = jdbc.sql("select * from personal_access_tokens where id = ?").param(Long.parseLong(id))
                .query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256Hex(token));
        assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 10));
        assertThat(row.get("user_id")).isEqualTo(adminId);
        assertThat(row.get("scopes")).isEqualTo("customers:read users:read");
        String secretPart = token.substring(10);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secretPart));
        assertThat(jdbc.sql("select detail from security_events where event_type = 'TOKEN_CREATED' and user_id = ? order by id desc")
                .param(adminId).query(String.class).list().get(0))
                .contains(token.substring(0, 10)).contains("Nightly export").doesNotContain(secretPart);

        MvcTestResult listed = mvc.get().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt).exchange();
        assertThat(listed).hasStatusOk();
        assertThat(listed).bodyJson().extractingPath("$.data[?(@.id == '" + id + "')].prefix").asArray()
                .containsExactly(token.substring(0, 10));
        assertThat(listed.getResponse().getContentAsString()).doesNotContain(secretPart).contains("\"next\":null");
    }

    @Test
    void tokenAuthenticatesItsOwnerWithOnlyItsScopes() {
        String token = tokens.create(adminId, request("read-only", Set.of("customers:read"))).secret();

        MvcTestResult me = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();

        assertThat(me).hasStatusOk();
        assertThat(me).bodyJson().extractingPath("$.email").asString().isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(me).bodyJson().extractingPath("$.permissions").asArray().containsExactly("customers:read");

        MvcTestResult users = mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertProblem(users, HttpStatus.FORBIDDEN, "urn:clientele:problem:forbidden");
    }

    @Test
    void tokenLosesWhatItsOwnerLoses() {
        UserAccount seller = colleague(Role.SALES);
        String token = tokens.create(seller.id(), request("directory", Set.of("users:read"))).secret();
        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();

        users.change(seller.id(), new UserChanges(seller.fullName(), Set.of(), "en", "UTC"));

        assertProblem(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange(),
                HttpStatus.FORBIDDEN, "urn:clientele:problem:forbidden");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .bodyJson().extractingPath("$.permissions").asArray().isEmpty();
    }

    @Test
    void revokedTokenIsRefusedAtOnce() {
        CreatedPersonalAccessToken created = tokens.create(adminId, request("to revoke", Set.of("customers:read")));
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();

        MvcTestResult revoked = mvc.delete().uri("/api/v1/tokens/" + created.token().id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt).exchange();

        assertThat(revoked).hasStatus(HttpStatus.NO_CONTENT);
        assertRefused(created.secret());
        assertThat(jdbc.sql("select revoked_at from personal_access_tokens where id = ?").param(created.token().id())
                .query(Timestamp.class).single()).isNotNull();
        assertThat(mvc.get().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt))
                .bodyJson().extractingPath("$.data[*].id").asArray().doesNotContain(Long.toString(created.token().id()));
        assertProblem(mvc.delete().uri("/api/v1/tokens/" + created.token().id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt).exchange(), HttpStatus.NOT_FOUND, "urn:clientele:problem:not-found");
    }

    @Test
    void expiredTokenIsRefused() {
        CreatedPersonalAccessToken created = tokens.create(adminId, request("short-lived", Set.of("customers:read")));
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();

        jdbc.sql("update personal_access_tokens set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), created.token().id()).update();

        assertRefused(created.secret());
    }

    @Test
    void tokenOfDeactivatedUserIsRefused() {
        UserAccount seller = colleague(Role.SALES);
        String token = tokens.create(seller.id(), request("leaving", Set.of("customers:read"))).secret();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();

        users.deactivate(seller.id(), adminId);

        assertRefused(token);
    }

    @Test
    void unknownTokenIsRefused() {
        assertRefused("clt_" + "0".repeat(40));
    }

    @Test
    void useIsNotedAtMostOnceAMinute() {
        CreatedPersonalAccessToken created = tokens.create(adminId, request("busy", Set.of("customers:read")));
        long id = created.token().id();
        assertThat(lastUsedAt(id)).isNull();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();
        Timestamp first = lastUsedAt(id);
        assertThat(first).isNotNull();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();

        assertThat(lastUsedAt(id)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from security_events where event_type = 'TOKEN_USED' and detail = ?")
                .param("token " + created.token().prefix()).query(Integer.class).single()).isEqualTo(1);

        jdbc.sql("update personal_access_tokens set last_used_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES)), id).update();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();

        assertThat(lastUsedAt(id)).isAfter(first);
        assertThat(jdbc.sql("select count(*) from security_events where event_type = 'TOKEN_USED' and detail = ?")
                .param("token " + created.token().prefix()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void invalidRequestsAreRefusedWithFieldErrors() {
        MvcTestResult blank = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(" ", "", Instant.now().minus(1, ChronoUnit.DAYS)))
                .exchange();

        assertProblem(blank, HttpStatus.UNPROCESSABLE_CONTENT, "urn:clientele:problem:validation-failed");
        assertThat(blank).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "scopes", "expiresAt");
        assertThat(blank).bodyJson().extractingPath("$.errors[?(@.field == 'expiresAt')].message").asArray()
                .containsExactly("The expiry must be in the future.");

        MvcTestResult tooMuch = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("x".repeat(101), "\"customers:read\", \"no:such\"", Instant.now().plus(400, ChronoUnit.DAYS)))
                .exchange();

        assertProblem(tooMuch, HttpStatus.UNPROCESSABLE_CONTENT, "urn:clientele:problem:validation-failed");
        assertThat(tooMuch).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "scopes", "expiresAt");
        assertThat(tooMuch).bodyJson().extractingPath("$.errors[?(@.field == 'scopes')].message").asArray()
                .singleElement().asString().contains("no:such");

        MvcTestResult noExpiry = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"forever\", \"scopes\": [\"customers:read\"]}")
                .exchange();
        assertThat(noExpiry).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("expiresAt");
    }

    @Test
    void tokenCannotBeGivenPermissionsItsOwnerLacks() {
        UserAccount seller = colleague(Role.SALES);

        MvcTestResult refused = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + jwtOf(seller))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("escalate", "\"customers:read\", \"users:admin\"", Instant.now().plus(1, ChronoUnit.DAYS)))
                .exchange();

        assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT, "urn:clientele:problem:validation-failed");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("scopes");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().contains("users:admin");
    }

    @Test
    void personalAccessTokenCannotMakeAnother() {
        String token = tokens.create(adminId, request("maker", Set.of("users:admin"))).secret();

        MvcTestResult refused = mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("offspring", "\"users:admin\"", Instant.now().plus(1, ChronoUnit.DAYS)))
                .exchange();

        assertProblem(refused, HttpStatus.FORBIDDEN, "urn:clientele:problem:forbidden");
    }

    @Test
    void othersCannotSeeOrRevokeYourTokenButAdministratorsCan() {
        UserAccount seller = colleague(Role.SALES);
        String sellerJwt = jwtOf(seller);
        CreatedPersonalAccessToken admins = tokens.create(adminId, request("admin's", Set.of("customers:read")));
        CreatedPersonalAccessToken sellers = tokens.create(seller.id(), request("seller's", Set.of("customers:read")));

        assertProblem(mvc.delete().uri("/api/v1/tokens/" + admins.token().id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt)
                .exchange(), HttpStatus.NOT_FOUND, "urn:clientele:problem:not-found");
        assertProblem(mvc.get().uri("/api/v1/tokens/" + admins.token().id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt)
                .exchange(), HttpStatus.NOT_FOUND, "urn:clientele:problem:not-found");
        assertProblem(mvc.get().uri("/api/v1/tokens?userId=" + adminId).header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt)
                .exchange(), HttpStatus.FORBIDDEN, "urn:clientele:problem:forbidden");
        assertThat(mvc.get().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt))
                .bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("seller's");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + admins.secret())).hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/tokens?userId=" + seller.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt))
                .bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(Long.toString(sellers.token().id()));
        assertThat(mvc.delete().uri("/api/v1/tokens/" + sellers.token().id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminJwt))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertRefused(sellers.secret());
        assertThat(jdbc.sql("select detail from security_events where event_type = 'TOKEN_REVOKED' and user_id = ?")
                .param(seller.id()).query(String.class).single()).endsWith("by user " + adminId);
    }

    @Test
    void listsPageByCursor() throws Exception {
        UserAccount seller = colleague(Role.SALES);
        for (int i = 1; i <= 3; i++) {
            tokens.create(seller.id(), request("token " + i, Set.of("customers:read")));
        }
        String sellerJwt = jwtOf(seller);

        MvcTestResult first = mvc.get().uri("/api/v1/tokens?limit=2").header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt).exchange();
        assertThat(first).bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("token 3", "token 2");
        String next = json.readTree(first.getResponse().getContentAsString()).get("next").asString();

        MvcTestResult second = mvc.get().uri("/api/v1/tokens?limit=2&cursor=" + next)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + sellerJwt).exchange();
        assertThat(second).bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("token 1");
        assertThat(second).bodyJson().extractingPath("$.next").isNull();
    }

    private void assertRefused(String token) {
        MvcTestResult result = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertProblem(result, HttpStatus.UNAUTHORIZED, "urn:clientele:problem:unauthenticated");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isEqualTo(INVALID_TOKEN_DETAIL);
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String type) {
        assertThat(result).hasStatus(status);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").asString().isEqualTo(type);
    }

    private Timestamp lastUsedAt(long tokenId) {
        return jdbc.sql("select last_used_at from personal_access_tokens where id = ?").param(tokenId)
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
    }

    private UserAccount colleague(Role role) {
        String email = "pat-" + UUID.randomUUID() + "@clientele.test";
        return users.createWithoutPassword(email, "Pat " + role.name().toLowerCase(Locale.ROOT), Locale.ENGLISH,
                java.time.ZoneId.of("UTC"), Set.of(role));
    }

    private String jwtOf(UserAccount user) {
        return ApiTokensForTests.token(encoder, user.id(), Instant.now(), Instant.now().plus(5, ChronoUnit.MINUTES));
    }

    private static NewPersonalAccessToken request(String name, Set<String> scopes) {
        return new NewPersonalAccessToken(name, scopes, Instant.now().plus(7, ChronoUnit.DAYS));
    }

    private static String body(String name, String scopes, Instant expiresAt) {
        return "{\"name\": \"" + name + "\", \"scopes\": [" + scopes + "], \"expiresAt\": \"" + expiresAt + "\"}";
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
