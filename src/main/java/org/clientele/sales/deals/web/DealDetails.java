package org.clientele.sales.deals.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.LeadManagement;
import org.clientele.sales.deals.ClosingReasonManagement;
import org.clientele.sales.deals.ClosingReasonView;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.StageHistoryEntry;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the deal page shows beside the deal: its pipeline, linked records the user may see, names, reasons and history. */
@Component
class DealDetails {

    private final DealManagement deals;
    private final PipelineManagement pipelines;
    private final ClosingReasonManagement reasons;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;
    private final DealPageOptions options;

    DealDetails(DealManagement deals, PipelineManagement pipelines, ClosingReasonManagement reasons, CompanyManagement companies,
            ContactManagement contacts, LeadManagement leads, DealPageOptions options) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.reasons = reasons;
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
        this.options = options;
    }

    void addTo(Model model, DealView deal) {
        model.addAttribute("deal", deal);
        model.addAttribute("pipeline", pipelines.find(deal.pipelineId()).orElseThrow());
        model.addAttribute("stage", pipelines.stage(deal.stageId()).orElseThrow());
        model.addAttribute("company", deal.companyId() == null ? null : companies.find(deal.companyId()).orElse(null));
        model.addAttribute("contact", deal.contactId() == null ? null : contacts.find(deal.contactId()).orElse(null));
        model.addAttribute("lead", deal.leadId() == null ? null : leads.find(deal.leadId()).orElse(null));
        List<StageHistoryEntry> history = deals.history(deal.id());
        model.addAttribute("history", history);
        model.addAttribute("durations", history.stream().map(entry -> DurationText.of(entry.duration())).toList());
        List<Long> people = new ArrayList<>(deal.coOwnerIds());
        people.add(deal.ownerId());
        history.forEach(entry -> people.add(entry.movedBy()));
        model.addAttribute("users", options.users(people));
        model.addAttribute("teamNames", options.teamNames());
        List<ClosingReasonView> offered = reasons.offeredTo(deal.teamId());
        model.addAttribute("successReasons", offered.stream().filter(ClosingReasonView::success).toList());
        model.addAttribute("lossReasons", offered.stream().filter(reason -> !reason.success()).toList());
        Map<Long, String> reasonNames = reasons.reasons().stream()
                .collect(Collectors.toMap(ClosingReasonView::id, ClosingReasonView::name));
        model.addAttribute("closingReason", deal.closingReasonId() == null ? null : reasonNames.get(deal.closingReasonId()));
    }

    /** A duration for people: the two largest units that matter, as a message key and its numbers. */
    record DurationText(String key, long first, long second) {

        static DurationText of(Duration duration) {
            long days = duration.toDays();
            if (days > 0) {
                return new DurationText("deals.duration.days", days, duration.toHoursPart());
            }
            if (duration.toHours() > 0) {
                return new DurationText("deals.duration.hours", duration.toHours(), duration.toMinutesPart());
            }
            return new DurationText("deals.duration.minutes", duration.toMinutes(), 0);
        }
    }
}
