package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A minimal HTTP client for the pages of the application served on a real port: it keeps
 * cookies, follows no redirects, and sends forms with the CSRF token of the page they come from.
 * Needed where MockMvc falls short, such as the error pages the servlet container forwards to.
 */
public final class PageClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient client;

    public PageClient(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** A GET of the path, with optional header name and value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Opens the page, fills in the form whose action is {@code action} and posts it with the
     * page's CSRF token.
     */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(pagePath);
        assertThat(page.statusCode()).as("status of %s", pagePath).isEqualTo(200);
        Element form = Jsoup.parse(page.body()).selectFirst("form[action=\"" + action + "\"]");
        assertThat(form).as("form posting to %s on %s", action, pagePath).isNotNull();
        Element csrf = form.selectFirst("input[name=_csrf]");
        assertThat(csrf).as("CSRF token of the form posting to %s", action).isNotNull();
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrf.val());
        String encoded = body.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    /** Signs in through the sign-in page; fails the test unless it leads to the home page. */
    public void signIn(String email, String password) {
        HttpResponse<String> response = submit("/login", "/login", Map.of("email", email, "password", password));
        assertThat(response.statusCode()).as("sign-in of %s", email).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).as("where sign-in of %s leads", email)
                .hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + request.uri(), ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
