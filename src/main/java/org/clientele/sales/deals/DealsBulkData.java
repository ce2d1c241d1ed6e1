package org.clientele.sales.deals;

import java.time.Instant;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The generated deals: most in the default pipeline and closed, won or lost with a reason, the
 * rest open in its open stages; a fixed share (2,000 of the full 300,000) open in the
 * {@code Key accounts} pipeline. Each belongs to its company's owner and team, has one to three
 * product lines whose sum is its amount, and a stage history that leads to its current stage. The
 * deals are written first, then their lines and history (which refer to them), each deal drawn
 * again from its own random source. Shares {@code deals} and its company, contact, owner and team.
 */
@Component
class DealsBulkData implements BulkDataContributor {

    static final int FULL_DEALS = 300_000;
    static final int FULL_KEY_ACCOUNT_DEALS = 2_000;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void contribute(BulkData data) {
        int count = data.count("deals");
        int keyAccounts = keyAccountDeals(count);
        DealsContext context = new DealsContext(data.now(), new GeneratedCustomers(data), GeneratedPipelines.prepare(data),
                new DealProducts(data));
        long seed = data.random("deals").nextLong();
        long first = data.nextId("deals");
        long[] ids = new long[count];
        long[] companies = new long[count];
        long[] contacts = new long[count];
        long[] owners = new long[count];
        long[] teams = new long[count];
        try (BulkTable deals = data.table("deals", "id", "version", "name", "pipeline_id", "stage_id", "status", "stage_entered_at",
                "amount", "currency", "probability", "expected_close", "next_step", "next_step_date", "description", "important",
                "company_id", "contact_id", "lead_id", "request_id", "closing_reason_id", "closed_at", "owner_id", "team_id",
                "created_at", "updated_at", "created_by")) {
            for (int i = 0; i < count; i++) {
                DealDraw deal = draw(seed, i, context, keyAccounts);
                long owner = context.customers().owner(deal.company);
                long team = context.customers().team(deal.company);
                ids[i] = first + i;
                companies[i] = context.customers().id(deal.company);
                contacts[i] = deal.contactId;
                owners[i] = owner;
                teams[i] = team;
                Instant stageEntered = Instant.ofEpochSecond(deal.stageEnteredAt());
                boolean closed = deal.stage().outcome().closed();
                deals.row(ids[i], 0, deal.name, deal.pipeline.pipelineId(), deal.stage().id(), deal.stage().outcome(), stageEntered,
                        deal.amount, deal.currency, deal.stage().probability(), deal.expectedClose, deal.nextStep, deal.nextStepDate,
                        null, deal.important, companies[i], deal.contactId == 0 ? null : deal.contactId, null, null,
                        deal.closingReasonId, closed ? stageEntered : null, owner, team == 0 ? null : team,
                        Instant.ofEpochSecond(deal.createdAt), stageEntered, owner);
            }
        }
        writeLines(data, seed, count, context, keyAccounts, first);
        writeHistory(data, seed, count, context, keyAccounts, first, owners);
        data.share("deals", ids);
        data.share("deals.company", companies);
        data.share("deals.contact", contacts);
        data.share("deals.owner", owners);
        data.share("deals.team", teams);
    }

    private static void writeLines(BulkData data, long seed, int count, DealsContext context, int keyAccounts, long first) {
        long id = data.nextId("deal_lines");
        try (BulkTable lines = data.table("deal_lines", "id", "deal_id", "position", "product_id", "description", "quantity", "unit_price",
                "discount_percent", "amount")) {
            for (int i = 0; i < count; i++) {
                DealDraw deal = draw(seed, i, context, keyAccounts);
                var currency = org.clientele.shared.CurrencyCode.of(deal.currency);
                for (int j = 0; j < deal.lines.length; j++) {
                    DealLineForm line = deal.lines[j];
                    lines.row(id++, first + i, (j + 1) * 10, line.productId(), line.description(), line.quantity(), line.unitPrice(),
                            line.discountPercent(), line.amount(currency).amount());
                }
            }
        }
    }

    private static void writeHistory(BulkData data, long seed, int count, DealsContext context, int keyAccounts, long first,
            long[] owners) {
        long id = data.nextId("deal_stage_history");
        try (BulkTable history = data.table("deal_stage_history", "id", "deal_id", "stage_id", "entered_at", "left_at", "moved_by")) {
            for (int i = 0; i < count; i++) {
                DealDraw deal = draw(seed, i, context, keyAccounts);
                for (int j = 0; j < deal.path.length; j++) {
                    Instant left = j + 1 < deal.path.length ? Instant.ofEpochSecond(deal.entered[j + 1]) : null;
                    history.row(id++, first + i, deal.path[j].id(), Instant.ofEpochSecond(deal.entered[j]), left, owners[i]);
                }
            }
        }
    }

    /** The deals of the first indexes are the key accounts', so the count is exact. */
    private static DealDraw draw(long seed, int index, DealsContext context, int keyAccounts) {
        return new DealDraw(new SplittableRandom(seed ^ (index * MIX + 0x632BE59BD9B4E019L)), context, index < keyAccounts);
    }

    /** 2,000 of 300,000 deals, in proportion to smaller sets, at least one and never more than all. */
    static int keyAccountDeals(int deals) {
        return deals == 0 ? 0 : (int) Math.max(1, Math.min(deals, Math.round((double) deals * FULL_KEY_ACCOUNT_DEALS / FULL_DEALS)));
    }
}
