package org.clientele.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as a browser receives it from the real server: never readable by scripts,
 * marked Secure when a proxy says the browser came by HTTPS, and replaced at sign-in so that a
 * session id planted before signing in is worth nothing after.
 */
@ClienteleTest
class SessionCookieTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        String cookie = sessionCookie(get("/login", "X-Forwarded-Proto", "https")).orElseThrow();

        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void overPlainHttpTheSessionCookieIsNotMarkedSecureButStaysHiddenFromScripts() throws Exception {
        String cookie = sessionCookie(get("/login")).orElseThrow();

        assertThat(cookie).contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void signingInReplacesTheSessionIdOfTheSignInPage() throws Exception {
        HttpResponse<String> page = get("/login");
        String before = value(sessionCookie(page).orElseThrow());
        String csrf = Jsoup.parse(page.body()).selectFirst("form[action=/login] input[name=_csrf]").val();

        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", PageSessions.COOKIE + "=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(TestUsers.ADMIN_EMAIL) + "&password="
                        + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf=" + encode(csrf)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = value(sessionCookie(signedIn).orElseThrow());
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/", "Cookie", PageSessions.COOKIE + "=" + before).statusCode())
                .as("the id from before signing in no longer opens pages").isEqualTo(302);
        assertThat(get("/", "Cookie", PageSessions.COOKIE + "=" + after).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(PageSessions.COOKIE + "=")).findFirst();
    }

    private static String value(String setCookie) {
        return setCookie.substring(PageSessions.COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
