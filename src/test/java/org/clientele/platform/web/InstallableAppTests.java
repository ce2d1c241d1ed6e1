package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageClient;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** What a browser needs to install Clientele as an app: a manifest with icons, a service worker and its offline page. */
@ClienteleTest
class InstallableAppTests {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void pagesLinkAManifestWhoseIconsAreServed() throws Exception {
        PageClient client = new PageClient(port);
        client.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        Document home = Jsoup.parse(client.get("/").body());
        assertThat(home.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        assertThat(home.body().attr("data-service-worker")).isEqualTo("/sw.js");

        PageClient anonymous = new PageClient(port);
        HttpResponse<String> manifest = anonymous.get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/manifest+json"));
        JsonNode json = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(json.path("display").asString()).isEqualTo("standalone");
        assertThat(json.path("start_url").asString()).isEqualTo("/");
        List<String> sizes = new ArrayList<>();
        json.path("icons").forEach(icon -> sizes.add(icon.path("sizes").asString()));
        assertThat(sizes).contains("192x192", "512x512");
        for (JsonNode icon : json.path("icons")) {
            assertThat(anonymous.get(icon.path("src").asString()).statusCode()).as(icon.path("src").asString()).isEqualTo(200);
        }
    }

    @Test
    void theServiceWorkerAndItsOfflinePageNeedNoSignIn() {
        PageClient anonymous = new PageClient(port);

        HttpResponse<String> worker = anonymous.get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(worker.body()).contains("'/offline'");

        HttpResponse<String> offline = anonymous.get("/offline");
        assertThat(offline.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(offline.body());
        assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("offline.title", null, Locale.ENGLISH));
        assertThat(page.select("nav")).as("nothing about the user is kept in the cached page").isEmpty();
    }
}
