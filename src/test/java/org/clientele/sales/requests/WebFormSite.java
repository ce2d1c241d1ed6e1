package org.clientele.sales.requests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Another origin for the web-form tests: a loopback HTTP server on a port of its own, serving one
 * page that embeds the form in an iframe, posts it with {@code fetch} (asking for JSON) and offers
 * it as a plain HTML form.
 */
final class WebFormSite implements AutoCloseable {

    private final HttpServer server;

    private WebFormSite(HttpServer server) {
        this.server = server;
    }

    /** @param formAddress the form's absolute address in the application */
    static WebFormSite serving(String formAddress, String email) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
                <body>
                <iframe id="embedded" src="%1$s" title="Contact form"></iframe>
                <button id="fetch" type="button">Send by fetch</button>
                <output id="result"></output>
                <form id="plain" action="%1$s" method="post">
                  <input name="lastName" value="Plain poster">
                  <input name="email" value="plain-%2$s">
                  <textarea name="message">Sent by a plain form</textarea>
                  <button id="plain-send" type="submit">Send plainly</button>
                </form>
                <script>
                document.getElementById('fetch').addEventListener('click', async () => {
                  const body = new URLSearchParams({firstName: 'Ann', lastName: 'Fetcher', email: '%2$s',
                      subject: 'Quote from the partner site', message: 'Please send an offer.'});
                  try {
                    const answer = await fetch('%1$s', {method: 'POST', body, headers: {'Accept': 'application/json'}});
                    const json = await answer.json();
                    document.getElementById('result').textContent = answer.status + ' ' + json.outcome + ' ' + json.ticket;
                  } catch (e) {
                    document.getElementById('result').textContent = 'blocked';
                  }
                });
                </script>
                </body></html>
                """.formatted(formAddress, email);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new WebFormSite(server);
    }

    /** Such as {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
