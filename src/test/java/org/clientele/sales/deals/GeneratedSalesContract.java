package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ApiClient;
import org.clientele.testing.GeneratedDataSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The sales module's generated rows (currencies, products, deals) keep the rules its services
 * keep, and its API serves them to those who may see them. Run on each database by a subclass.
 */
abstract class GeneratedSalesContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @BeforeEach
    void generated() {
        GeneratedDataSet.ensure(context);
    }

    @Test
    void everyDealCurrencyIsInUseWithEuroRatesUpToToday() {
        assertThat(count("select count(*) from deals where currency not in (select code from currencies)")).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String currency : jdbc.sql("select distinct currency from deals where currency <> 'EUR'").query(String.class).list()) {
            LocalDate latest = jdbc.sql("select max(valid_on) from exchange_rates where base_currency = 'EUR' and quote_currency = ?")
                    .param(currency).query(LocalDate.class).single();
            assertThat(latest).as(currency).isAfter(today.minusDays(5));
        }
    }

    @Test
    void productsHaveLowerCaseSortNamesAndAHistoryEndingInTheirStage() {
        assertThat(count("select count(*) from products")).isGreaterThanOrEqualTo(100);
        assertThat(count("select count(*) from products where sort_name <> lower(name)")).isZero();
        assertThat(count("select count(*) from products p where not exists (select 1 from product_stage_history h "
                + "where h.product_id = p.id and h.left_at is null and h.stage = p.stage and h.entered_at = p.stage_entered_at)")).isZero();
        assertThat(count("select count(*) from products where stage = 'RETIRED' and on_sale = true")).isZero();
        assertThat(count("select count(*) from product_categories c join product_categories p on p.id = c.parent_id "
                + "where p.parent_id is not null")).isZero();
    }

    @Test
    void dealsSitInAStageThatGivesTheirStatusWithAReasonAndDateWhenClosed() {
        int deals = GeneratedDataSet.PLAN.count("deals");
        assertThat(count("select count(*) from deals")).isEqualTo(deals);
        assertThat(count("select count(*) from deals d join pipeline_stages s on s.id = d.stage_id "
                + "where d.status <> s.outcome or d.probability <> s.probability or d.pipeline_id <> s.pipeline_id")).isZero();
        assertThat(count("select count(*) from deals where status = 'OPEN' and (closed_at is not null or closing_reason_id is not null)"))
                .isZero();
        assertThat(count("select count(*) from deals where status <> 'OPEN' and (closed_at is null or closed_at <> stage_entered_at)"))
                .isZero();
        assertThat(count("select count(*) from deals d join closing_reasons r on r.id = d.closing_reason_id "
                + "where (d.status = 'WON' and r.success = false) or (d.status = 'LOST' and r.success = true)")).isZero();
        assertThat(count("select count(*) from deals where status = 'WON'")).isPositive();
        assertThat(count("select count(*) from deals where status = 'LOST'")).isPositive();
        assertThat(count("select count(*) from deals where status = 'OPEN'")).isPositive();
        assertThat(count("select count(*) from deals where status <> 'OPEN'")).isGreaterThan(deals / 2);
        assertThat(count("select count(*) from deals d where d.team_id is not null and not exists "
                + "(select 1 from team_members m where m.team_id = d.team_id and m.user_id = d.owner_id)")).isZero();
        assertThat(count("select count(*) from deals d join companies c on c.id = d.company_id "
                + "where c.owner_id <> d.owner_id")).isZero();
    }

    @Test
    void keyAccountsHoldTheirShareOfOpenDealsAndNothingElse() {
        int expected = DealsBulkData.keyAccountDeals(GeneratedDataSet.PLAN.count("deals"));
        assertThat(count("select count(*) from deals d join pipelines p on p.id = d.pipeline_id "
                + "where p.name = 'Key accounts' and d.status = 'OPEN'")).isEqualTo(expected);
        assertThat(count("select count(*) from deals d join pipelines p on p.id = d.pipeline_id "
                + "where p.name = 'Key accounts' and d.status <> 'OPEN'")).isZero();
        assertThat(count("select count(*) from pipelines where is_default = true")).isEqualTo(1);
    }

    @Test
    void dealAmountsAreTheSumOfTheirOneToThreeLinesAsTheAppRoundsThem() {
        assertThat(count("select count(*) from deals d where d.amount <> (select sum(l.amount) from deal_lines l where l.deal_id = d.id)"))
                .isZero();
        assertThat(count("select count(*) from deals d where (select count(*) from deal_lines l where l.deal_id = d.id) not between 1 and 3"))
                .isZero();
        List<Line> lines = jdbc.sql("select l.quantity, l.unit_price, l.discount_percent, l.amount, d.currency from deal_lines l "
                + "join deals d on d.id = l.deal_id").query(Line.class).list();
        assertThat(lines).allSatisfy(line -> assertThat(new DealLineForm(null, "line", line.quantity(), line.unitPrice(),
                line.discountPercent()).amount(CurrencyCode.of(line.currency())).amount()).isEqualByComparingTo(line.amount()));
    }

    @Test
    void eachDealHistoryLeadsWithoutGapsToItsCurrentStage() {
        assertThat(count("select count(*) from deals d where (select count(*) from deal_stage_history h "
                + "where h.deal_id = d.id and h.left_at is null) <> 1")).isZero();
        assertThat(count("select count(*) from deals d join deal_stage_history h on h.deal_id = d.id and h.left_at is null "
                + "where h.stage_id <> d.stage_id or h.entered_at <> d.stage_entered_at")).isZero();
        assertThat(count("select count(*) from deal_stage_history h where h.left_at < h.entered_at")).isZero();
        assertThat(count("select count(*) from deal_stage_history h where h.left_at is not null and not exists "
                + "(select 1 from deal_stage_history n where n.deal_id = h.deal_id and n.entered_at = h.left_at)")).isZero();
        assertThat(count("select count(*) from deals d where d.created_at > (select min(h.entered_at) from deal_stage_history h "
                + "where h.deal_id = d.id)")).isZero();
    }

    @Test
    void theApiShowsDealsToTheAdministratorAndToASalesUserOnlyTheirs() {
        long administrator = userId("user01@generated.clientele.test");
        long keyAccountDeal = jdbc.sql("select min(d.id) from deals d join pipelines p on p.id = d.pipeline_id where p.name = 'Key accounts'")
                .query(Long.class).single();
        BigDecimal amount = jdbc.sql("select amount from deals where id = ?").param(keyAccountDeal).query(BigDecimal.class).single();
        ApiClient admin = new ApiClient(mvc, encoder, administrator);
        assertThat(admin.get("/api/v1/deals/" + keyAccountDeal)).hasStatusOk().bodyJson().extractingPath("$.amount.amount")
                .asString().satisfies(text -> assertThat(new BigDecimal(text)).isEqualByComparingTo(amount));
        assertThat(admin.get("/api/v1/deals?limit=20")).hasStatusOk().bodyJson().extractingPath("$.data").asArray().hasSize(20);

        long seller = jdbc.sql("select min(u.id) from users u join user_roles r on r.user_id = u.id and r.role = 'SALES' "
                + "where u.email like '%@generated.clientele.test' and exists (select 1 from deals d where d.owner_id = u.id)")
                .query(Long.class).single();
        List<Long> teams = jdbc.sql("select team_id from team_members where user_id = ?").param(seller).query(Long.class).list();
        ApiClient sales = new ApiClient(mvc, encoder, seller);
        List<String> seen = ApiClient.read(sales.get("/api/v1/deals?limit=200"), "$.data[*].id");
        assertThat(seen).isNotEmpty().allSatisfy(id -> {
            Owner owner = jdbc.sql("select owner_id, team_id from deals where id = ?").param(Long.parseLong(id)).query(Owner.class).single();
            assertThat(owner.ownerId() == seller || (owner.teamId() != null && teams.contains(owner.teamId()))).as("deal " + id).isTrue();
        });
        long hidden = jdbc.sql("select min(id) from deals where owner_id <> ? and (team_id is null or team_id not in (select team_id "
                + "from team_members where user_id = ?))").params(seller, seller).query(Long.class).single();
        assertThat(sales.get("/api/v1/deals/" + hidden)).hasStatus(404);
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal amount, String currency) {
    }

    record Owner(long ownerId, Long teamId) {
    }
}
