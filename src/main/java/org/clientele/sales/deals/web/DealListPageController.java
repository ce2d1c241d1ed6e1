package org.clientele.sales.deals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.HtmxRequests;
import org.clientele.sales.deals.DealListFilter;
import org.clientele.sales.deals.DealListRow;
import org.clientele.sales.deals.DealLists;
import org.clientele.sales.deals.DealBoards;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of deals: filters, sort by name, amount, expected close or creation, keyset pages and an estimated total. */
@Controller
@RequestMapping("/deals")
class DealListPageController {

    static final int PAGE_SIZE = 25;

    private final DealLists lists;
    private final DealBoards boards;
    private final DealBoardChoices choices;

    DealListPageController(DealLists lists, DealBoards boards, DealBoardChoices choices) {
        this.lists = lists;
        this.boards = boards;
        this.choices = choices;
    }

    /** The whole page, or only the results when htmx refreshes them. */
    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(DealListParameters parameters, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Model model, HttpServletRequest request, HttpServletResponse response) {
        String chosenSort = sort != null && DealLists.SORTS.contains(sort) ? sort : DealLists.DEFAULT_SORT;
        DealListFilter filter = parameters.leniently();
        CursorPage<DealListRow> page;
        try {
            page = lists.list(filter, PageRequest.of(PAGE_SIZE, chosenSort, cursor, chosenSort));
        }
        catch (InvalidInputException ex) {
            page = lists.list(filter, PageRequest.of(PAGE_SIZE, chosenSort, null, chosenSort));
        }
        model.addAttribute("page", page);
        model.addAttribute("estimate", lists.estimate(filter));
        model.addAttribute("estimateCap", DealLists.ESTIMATE_CAP);
        model.addAttribute("filters", parameters);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("links", new DealListLinks(parameters.query(parameters.pipelineId()), chosenSort));
        model.addAttribute("pipelines", boards.pipelines());
        model.addAttribute("statuses", DealLists.STATUSES);
        model.addAttribute("owners", choices.owners());
        model.addAttribute("teams", choices.teams());
        return HtmxRequests.wantsFragment(request, response) ? "sales/deals/deals :: results" : "sales/deals/deals";
    }
}
