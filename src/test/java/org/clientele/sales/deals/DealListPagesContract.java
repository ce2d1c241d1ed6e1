package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ListPages;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The deal list, read page by page in every sort, shows each user exactly the deals they may see
 * (their own, their teams', those they co-own; or every deal) in the list's order, empty amounts
 * and dates last, whether one part of their visibility finds a deal or several (each part is read
 * on its own and the pages merged). Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DealListPagesContract {

    static final String DEALS = "/api/v1/deals";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    VisibilityFixture fixture;
    String tag;
    long adminId;
    final Map<Integer, String> ids = new LinkedHashMap<>();

    /** Names, amounts and dates interleave the users' deals, with ties and empty values; created in another order. */
    @BeforeAll
    void createDeals() {
        fixture = VisibilityFixture.create(context);
        adminId = setup.firstAdministratorId().orElseThrow();
        tag = DealBoardRows.unique();
        DealBoardRows rows = new DealBoardRows(jdbc);
        DealBoardRows.Pipeline pipeline = rows.pipeline("Pages " + tag);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long salesA = fixture.salesA().user().id();
        long salesB = fixture.salesB().user().id();
        long managerA = fixture.managerA().user().id();
        deal(rows, pipeline, 5, "Echo", "70", today.plusDays(3), salesA, null, salesB);
        deal(rows, pipeline, 2, "Bravo", null, today.plusDays(1), salesB, fixture.teamB(), salesA);
        deal(rows, pipeline, 8, "Golf", "70", null, salesA, fixture.subTeamOfA(), managerA);
        deal(rows, pipeline, 1, "Alpha", "10", today.plusDays(9), salesA, fixture.teamA(), null);
        deal(rows, pipeline, 7, "Foxtrot", "20", today.plusDays(2), salesB, fixture.teamB(), null);
        deal(rows, pipeline, 4, "Delta", null, null, salesB, fixture.teamA(), null);
        deal(rows, pipeline, 9, "Hotel", "5", today, adminId, null, null);
        deal(rows, pipeline, 3, "Charlie", "30", today.plusDays(3), managerA, fixture.subTeamOfA(), null);
        deal(rows, pipeline, 6, "Echo", "70", today.plusDays(3), salesB, fixture.teamB(), salesA);
    }

    private void deal(DealBoardRows rows, DealBoardRows.Pipeline pipeline, int number, String word, String amount, LocalDate expectedClose,
            long ownerId, Long teamId, Long coOwnerId) {
        long id = rows.deal(pipeline, pipeline.first(), word + " " + tag, amount, "EUR", expectedClose, ownerId, teamId);
        if (coOwnerId != null) {
            jdbc.sql("insert into deal_co_owners (deal_id, user_id) values (?, ?)").params(id, coOwnerId).update();
        }
        ids.put(number, Long.toString(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "-name", "amount", "-amount", "expectedClose", "-expectedClose", "createdAt", "-createdAt"})
    void everyPageShowsExactlyTheVisibleDealsInOrder(String sort) {
        String admin = "Bearer " + ApiTokensForTests.token(encoder, adminId, Instant.now(), Instant.now().plusSeconds(3600));
        List<String> every = ListPages.ids(mvc, admin, DEALS + "?q=" + tag + "&sort=" + sort + "&limit=200");
        assertThat(every).as("by %s for the administrator", sort).containsExactlyInAnyOrderElementsOf(of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(ListPages.ids(mvc, admin, DEALS + "?q=" + tag + "&sort=" + sort + "&limit=2")).containsExactlyElementsOf(every);
        pages(sort, fixture.salesA(), every, of(1, 2, 5, 6, 8));
        pages(sort, fixture.salesB(), every, of(2, 4, 5, 6, 7));
        pages(sort, fixture.managerA(), every, of(1, 3, 4, 8));
    }

    private void pages(String sort, Account who, List<String> every, Set<String> visible) {
        for (int limit : new int[] {1, 2, 50}) {
            assertThat(ListPages.ids(mvc, "Bearer " + fixture.tokenOf(who), DEALS + "?sort=" + sort + "&limit=" + limit))
                    .as("by %s for %s, %d at a time", sort, who.user().fullName(), limit)
                    .containsExactlyElementsOf(ListPages.only(every, visible));
        }
    }

    private Set<String> of(int... numbers) {
        List<String> selected = new ArrayList<>();
        for (int number : numbers) {
            selected.add(ids.get(number));
        }
        return Set.copyOf(selected);
    }
}
