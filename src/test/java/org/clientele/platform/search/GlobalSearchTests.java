package org.clientele.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.clientele.platform.SearchHit;
import org.clientele.platform.SearchSource;
import org.clientele.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which sources are asked, in what order, with what limit, and how their hits are grouped. */
class GlobalSearchTests {

    private final Source deals = new Source("deal", 200, "sales:read", 3);
    private final Source people = new Source("contact", 110, "customers:read", 7);
    private final Source firms = new Source("company", 100, "customers:read", 0);
    private final GlobalSearch search = new GlobalSearch(List.of(deals, people, firms));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void asksOnlyTheSourcesWhosePermissionTheUserHoldsInTheirOrder() {
        signIn("customers:read");
        SearchResults results = search.search("  acme ", List.of(), 5);
        assertThat(search.types()).containsExactly("company", "contact");
        assertThat(firms.asked).containsExactly("acme/6");
        assertThat(people.asked).containsExactly("acme/6");
        assertThat(deals.asked).isEmpty();
        assertThat(results.query()).isEqualTo("acme");
        assertThat(results.groups()).extracting(SearchGroup::type).as("a source without hits has no group").containsExactly("contact");
        assertThat(results.groups().get(0).hits()).hasSize(5);
        assertThat(results.groups().get(0).more()).isTrue();
    }

    @Test
    void aGroupWithinTheLimitHasNoMore() {
        signIn("customers:read", "sales:read");
        SearchResults results = search.search("acme", List.of("deal", "contact"), 7);
        assertThat(results.groups()).extracting(SearchGroup::type).containsExactly("contact", "deal");
        assertThat(results.groups()).extracting(SearchGroup::more).containsExactly(false, false);
        assertThat(firms.asked).isEmpty();
    }

    @Test
    void refusesShortTextsUnknownTypesAndBadLimits() {
        signIn("customers:read");
        assertThatThrownBy(() -> search.search(null, List.of(), 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search(" a ", List.of(), 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search("x".repeat(101), List.of(), 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search("acme", List.of("deal"), 5)).as("a type the user may not search")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search("acme", List.of(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search("acme", List.of(), 51)).isInstanceOf(InvalidInputException.class);
        assertThat(firms.asked).isEmpty();
    }

    @Test
    void nobodySignedInFindsNothing() {
        assertThat(search.search("acme", List.of(), 5).isEmpty()).isTrue();
        assertThat(firms.asked).isEmpty();
    }

    private static void signIn(String... authorities) {
        TestingAuthenticationToken user = new TestingAuthenticationToken("user", "password", authorities);
        SecurityContextHolder.getContext().setAuthentication(user);
    }

    private static final class Source implements SearchSource {

        final String type;
        final int order;
        final String authority;
        final int found;
        final List<String> asked = new ArrayList<>();

        Source(String type, int order, String authority, int found) {
            this.type = type;
            this.order = order;
            this.authority = authority;
            this.found = found;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String titleKey() {
            return "search.group." + type;
        }

        @Override
        public String icon() {
            return "circle";
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public String authority() {
            return authority;
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            asked.add(query + "/" + limit);
            return IntStream.range(0, Math.min(found, limit))
                    .mapToObj(n -> new SearchHit(Integer.toString(n), type + " " + n, null, "/" + type + "/" + n)).toList();
        }
    }
}
