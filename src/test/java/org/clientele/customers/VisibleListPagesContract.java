package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ListPages;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The lists of companies, contacts and leads, read page by page in every sort, show each user
 * exactly what they may see (their own, their teams', what they co-own; or everything) in the
 * list's order, whether a record is found by one part of their visibility or by several (each part
 * is read on its own and the pages merged). Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VisibleListPagesContract {

    static final List<String> SORTS = List.of("name", "-name", "createdAt", "-createdAt");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    VisibilityFixture fixture;
    ApiCalls admin;
    long adminId;
    String tag;
    /** Per collection, the ids by the record's number in {@link #records()}. */
    final Map<String, Map<Integer, String>> ids = new LinkedHashMap<>();

    /** One record: its name word, owner, team (or none) and co-owner (or none). */
    record Placed(int number, String word, long ownerId, Long teamId, Long coOwnerId) {
    }

    /**
     * Names interleave the users' records; two share a name, so the id decides between them; the
     * order of creation differs from the order by name.
     */
    List<Placed> records() {
        long salesA = fixture.salesA().user().id();
        long salesB = fixture.salesB().user().id();
        long managerA = fixture.managerA().user().id();
        return List.of(
                new Placed(5, "Echo", salesA, null, salesB),
                new Placed(2, "Bravo", salesB, fixture.teamB(), salesA),
                new Placed(8, "Golf", salesA, fixture.subTeamOfA(), managerA),
                new Placed(1, "Alpha", salesA, fixture.teamA(), null),
                new Placed(7, "Foxtrot", salesB, fixture.teamB(), null),
                new Placed(4, "Delta", salesB, fixture.teamA(), null),
                new Placed(9, "Hotel", adminId, null, null),
                new Placed(3, "Charlie", managerA, fixture.subTeamOfA(), null),
                new Placed(6, "Echo", salesB, fixture.teamB(), salesA));
    }

    @BeforeAll
    void createRecords() {
        fixture = VisibilityFixture.create(context);
        adminId = setup.firstAdministratorId().orElseThrow();
        admin = new ApiCalls(mvc, encoder, adminId);
        tag = ApiCalls.unique();
        create("/api/v1/companies", placed -> "\"name\": \"" + placed.word() + " " + tag + "\"");
        create("/api/v1/contacts", placed -> "\"firstName\": \"" + placed.word() + "\", \"lastName\": \"" + tag + "\"");
        create("/api/v1/leads", placed -> "\"lastName\": \"" + placed.word() + " " + tag + "\"");
    }

    private void create(String collection, Function<Placed, String> name) {
        Map<Integer, String> created = new LinkedHashMap<>();
        for (Placed placed : records()) {
            created.put(placed.number(), admin.createAnyway(collection, "{" + name.apply(placed) + ", \"ownerId\": \"" + placed.ownerId()
                    + "\", \"teamId\": " + (placed.teamId() == null ? "null" : "\"" + placed.teamId() + "\"") + ", \"coOwnerIds\": ["
                    + (placed.coOwnerId() == null ? "" : "\"" + placed.coOwnerId() + "\"") + "]}"));
        }
        ids.put(collection, created);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/companies", "/api/v1/contacts", "/api/v1/leads"})
    void everyPageInEverySortShowsExactlyTheVisibleRecordsInOrder(String collection) {
        for (String sort : SORTS) {
            String ofThisTest = collection + "?q=" + tag + "&sort=" + sort;
            List<String> every = ListPages.ids(mvc, admin.bearer(), ofThisTest + "&limit=200");
            assertThat(every).as("%s by %s for the administrator", collection, sort)
                    .containsExactlyInAnyOrderElementsOf(of(collection, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            pages(collection, sort, fixture.salesA(), every, of(collection, 1, 2, 5, 6, 8));
            pages(collection, sort, fixture.salesB(), every, of(collection, 2, 4, 5, 6, 7));
            pages(collection, sort, fixture.managerA(), every, of(collection, 1, 3, 4, 8));
            assertThat(ListPages.ids(mvc, admin.bearer(), ofThisTest + "&limit=2"))
                    .as("%s by %s for the administrator, two at a time", collection, sort).containsExactlyElementsOf(every);
        }
    }

    private void pages(String collection, String sort, Account who, List<String> every, Set<String> visible) {
        for (int limit : new int[] {1, 2, 50}) {
            assertThat(ListPages.ids(mvc, "Bearer " + fixture.tokenOf(who), collection + "?sort=" + sort + "&limit=" + limit))
                    .as("%s by %s for %s, %d at a time", collection, sort, who.user().fullName(), limit)
                    .containsExactlyElementsOf(ListPages.only(every, visible));
        }
    }

    private Set<String> of(String collection, int... numbers) {
        List<String> selected = new ArrayList<>();
        for (int number : numbers) {
            selected.add(ids.get(collection).get(number));
        }
        return Set.copyOf(selected);
    }
}
