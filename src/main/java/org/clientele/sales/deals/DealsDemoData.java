package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clientele.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deals on the demo companies, one or two each, spread over the default pipeline's stages: open
 * ones at every step, some won with a reason, some lost with one, a few with product lines. They
 * belong to the company's owner and team and name its first contact.
 */
@Component
class DealsDemoData implements DemoDataContributor {

    private static final List<String> OFFERS = List.of("Annual licence", "Onboarding package", "Support renewal", "Fleet upgrade",
            "Pilot project", "Framework agreement", "Training programme", "Maintenance contract");
    private static final List<String> AMOUNTS = List.of("4800", "12500", "2300", "38000", "950", "16400", "7200", "54000");

    private final DealManagement deals;
    private final PipelineManagement pipelines;
    private final ClosingReasonManagement reasons;
    private final JdbcClient jdbc;

    DealsDemoData(DealManagement deals, PipelineManagement pipelines, ClosingReasonManagement reasons, JdbcClient jdbc) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.reasons = reasons;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(long administratorId) {
        PipelineView pipeline = pipelines.defaultFor(null).orElse(null);
        if (pipeline == null) {
            return;
        }
        List<StageView> stages = pipeline.activeStages();
        List<ClosingReasonView> offered = reasons.offeredTo(null);
        // The demo companies were just made by the customers module's contributor; their ids are read, never changed.
        List<DemoCompany> companies = jdbc.sql("select c.id, c.name, c.owner_id, c.team_id, "
                + "(select min(k.id) from contacts k where k.company_id = c.id) as contact_id from companies c order by c.id")
                .query((rs, n) -> new DemoCompany(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"),
                        (Long) rs.getObject("team_id", Long.class), (Long) rs.getObject("contact_id", Long.class)))
                .list();
        int index = 0;
        for (DemoCompany company : companies) {
            for (int deal = 0; deal < (company.id() % 3 == 0 ? 2 : 1); deal++) {
                add(company, index++, stages, offered);
            }
        }
    }

    private void add(DemoCompany company, int index, List<StageView> stages, List<ClosingReasonView> offered) {
        String offer = OFFERS.get(index % OFFERS.size());
        DealForm form = new DealForm(company.name() + " – " + offer, null, stages.get(0).id(),
                new BigDecimal(AMOUNTS.get(index % AMOUNTS.size())), "EUR", null, LocalDate.now().plusDays(7 + (index * 11L) % 150),
                index % 4 == 0 ? null : "Call to agree the next step", LocalDate.now().plusDays(1 + index % 10), null, index % 5 == 0,
                company.id(), company.contactId(), null, null, null, company.ownerId(), company.teamId(), Set.of());
        DealView created = deals.createOnBehalf(company.ownerId(), form);
        if (index % 4 == 1) {
            deals.replaceLinesOnBehalf(created.id(), List.of(new DealLineForm(null, offer, BigDecimal.valueOf(1 + index % 5),
                    new BigDecimal("1200"), BigDecimal.valueOf(index % 3 * 5)), new DealLineForm(null, "Setup", BigDecimal.ONE,
                    new BigDecimal("450"), null)));
        }
        StageView target = stages.get(index % stages.size());
        if (target.id() != created.stageId()) {
            Long reason = target.outcome() == StageOutcome.OPEN ? null : offered.stream()
                    .filter(r -> r.success() == (target.outcome() == StageOutcome.WON)).skip(index % 2).findFirst()
                    .map(ClosingReasonView::id).orElse(null);
            deals.moveOnBehalf(created.id(), target.id(), reason, company.ownerId());
        }
    }

    private record DemoCompany(long id, String name, long ownerId, Long teamId, Long contactId) {
    }
}
