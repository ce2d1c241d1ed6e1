package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads an API list page after page by its {@code next} cursor, as one user. */
public final class ListPages {

    /** More pages than any test list has: a cursor that never ends fails instead of looping. */
    private static final int MOST_PAGES = 100;

    private ListPages() {
    }

    /**
     * The ids of every page, in order, following {@code $.next} until it is {@code null}.
     *
     * @param authorization the {@code Authorization} header, such as {@code Bearer <token>}
     * @param uri a list call with a query string, such as {@code /api/v1/contacts?sort=name&limit=2}
     */
    public static List<String> ids(MockMvcTester mvc, String authorization, String uri) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MOST_PAGES; page++) {
            String call = cursor == null ? uri : uri + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            MvcTestResult result = mvc.get().uri(call).header(HttpHeaders.AUTHORIZATION, authorization).exchange();
            assertThat(result).as("GET %s", call).hasStatusOk();
            List<Object> rows = read(result, "$.data[*].id");
            rows.forEach(id -> ids.add(String.valueOf(id)));
            cursor = read(result, "$.next");
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("The cursor of " + uri + " did not end after " + MOST_PAGES + " pages");
    }

    /** The ids of {@code everyInOrder} that are among {@code visible}, in the order of the first. */
    public static List<String> only(List<String> everyInOrder, Collection<String> visible) {
        return everyInOrder.stream().filter(visible::contains).toList();
    }

    private static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
