package org.clientele.sales.deals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.HtmxRequests;
import org.clientele.sales.deals.DealBoardCard;
import org.clientele.sales.deals.DealBoardView;
import org.clientele.sales.deals.DealBoards;
import org.clientele.shared.CursorPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kanban board of a pipeline: columns per stage with their totals, filters, "show more" per
 * column, and moving a deal to another stage by drag and drop or the card's menu.
 */
@Controller
@RequestMapping("/deals")
class DealBoardPageController {

    private final DealBoards boards;
    private final DealBoardChoices choices;

    DealBoardPageController(DealBoards boards, DealBoardChoices choices) {
        this.boards = boards;
        this.choices = choices;
    }

    /** The whole board, or only its columns when htmx refreshes them after a filter changed. */
    @GetMapping("/board")
    @PreAuthorize("hasAuthority('sales:read')")
    String board(DealListParameters parameters, Model model, HttpServletRequest request, HttpServletResponse response) {
        DealBoardView board = boards.board(parameters.pipelineId(), parameters.leniently());
        model.addAttribute("board", board);
        model.addAttribute("filters", parameters);
        model.addAttribute("filterQuery", parameters.query(board.pipeline().id()));
        model.addAttribute("owners", choices.owners());
        model.addAttribute("teams", choices.teams());
        model.addAttribute("lostReasons", boards.lostReasons());
        return HtmxRequests.wantsFragment(request, response) ? "sales/deals/board :: columns" : "sales/deals/board";
    }

    /** The next cards of one column, in place of its "show more" entry. */
    @GetMapping("/board/cards")
    @PreAuthorize("hasAuthority('sales:read')")
    String moreCards(@RequestParam long stageId, @RequestParam String cursor, DealListParameters parameters, Model model) {
        CursorPage<DealBoardCard> page = boards.moreCards(stageId, parameters.leniently(), cursor);
        model.addAttribute("cards", page.data());
        model.addAttribute("next", page.next());
        model.addAttribute("stageId", stageId);
        model.addAttribute("filterQuery", parameters.query(parameters.pipelineId()));
        model.addAttribute("stages", boards.stagesBeside(stageId));
        return "sales/deals/fragments/board-cards :: more";
    }
}
