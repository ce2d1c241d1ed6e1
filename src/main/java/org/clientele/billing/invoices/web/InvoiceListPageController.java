package org.clientele.billing.invoices.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.invoices.InvoiceAging;
import org.clientele.billing.invoices.InvoiceKind;
import org.clientele.billing.invoices.InvoiceListFilter;
import org.clientele.billing.invoices.InvoiceListRow;
import org.clientele.billing.invoices.InvoiceLists;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.platform.HtmxRequests;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of invoices and credit notes (filters, sorts, keyset pages, an estimated total) and the aging report page. */
@Controller
class InvoiceListPageController {

    static final int PAGE_SIZE = 25;

    private final InvoiceLists lists;
    private final InvoiceAging aging;

    InvoiceListPageController(InvoiceLists lists, InvoiceAging aging) {
        this.lists = lists;
        this.aging = aging;
    }

    /** The whole page, or only the results when htmx refreshes them. */
    @GetMapping("/invoices")
    @PreAuthorize("hasAuthority('billing:read')")
    String list(InvoiceListParameters parameters, @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        String chosenSort = sort != null && InvoiceLists.SORTS.contains(sort) ? sort : InvoiceLists.DEFAULT_SORT;
        InvoiceListFilter filter = parameters.leniently();
        CursorPage<InvoiceListRow> page;
        try {
            page = lists.list(filter, PageRequest.of(PAGE_SIZE, chosenSort, cursor, chosenSort));
        }
        catch (InvalidInputException ex) {
            page = lists.list(filter, PageRequest.of(PAGE_SIZE, chosenSort, null, chosenSort));
        }
        model.addAttribute("page", page);
        model.addAttribute("estimate", lists.estimate(filter));
        model.addAttribute("estimateCap", InvoiceLists.ESTIMATE_CAP);
        model.addAttribute("filters", parameters);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("links", new InvoiceListLinks(parameters.query(), chosenSort));
        model.addAttribute("statuses", List.of(InvoiceStatus.values()));
        model.addAttribute("kinds", List.of(InvoiceKind.values()));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return HtmxRequests.wantsFragment(request, response) ? "billing/invoices/invoices :: results" : "billing/invoices/invoices";
    }

    @GetMapping("/reports/invoice-aging")
    @PreAuthorize("hasAuthority('billing:read')")
    String aging(@RequestParam(required = false) String asOf, Model model) {
        LocalDate day;
        try {
            day = InvoiceListApiController.date("asOf", asOf);
        }
        catch (InvalidInputException ex) {
            day = null;
        }
        model.addAttribute("report", aging.asOf(day == null ? LocalDate.now(ZoneOffset.UTC) : day));
        model.addAttribute("buckets", InvoiceAging.BUCKETS);
        return "billing/invoices/aging";
    }
}
