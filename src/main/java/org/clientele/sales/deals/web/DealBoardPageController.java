package org.clientele.sales.deals.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.HtmxRequests;
import org.clientele.sales.deals.DealBoardCard;
import org.clientele.sales.deals.DealBoardColumn;
import org.clientele.sales.deals.DealBoardView;
import org.clientele.sales.deals.DealBoards;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final DealManagement deals;
    private final DealBoardChoices choices;
    private final MessageSource messages;

    DealBoardPageController(DealBoards boards, DealManagement deals, DealBoardChoices choices, MessageSource messages) {
        this.boards = boards;
        this.deals = deals;
        this.choices = choices;
        this.messages = messages;
    }

    /** The whole board, or only its columns when htmx refreshes them after a filter changed. */
    @GetMapping("/board")
    @PreAuthorize("hasAuthority('sales:read')")
    String board(DealListParameters parameters, Model model, HttpServletRequest request, HttpServletResponse response) {
        DealBoardView board = boards.board(parameters.pipelineId(), parameters.leniently());
        model.addAttribute("board", board);
        model.addAttribute("filters", parameters);
        model.addAttribute("filterQuery", parameters.boardQuery(board.pipeline().id()));
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
        model.addAttribute("filterQuery", parameters.boardQuery(parameters.pipelineId()));
        model.addAttribute("stages", boards.stagesBeside(stageId));
        return "sales/deals/fragments/board-cards :: more";
    }

    /**
     * Moves a deal from the board (drag and drop or the card's menu, both through htmx; a lost stage
     * needs the closing reason). Answers every column header of the pipeline, swapped in out of band,
     * so the totals follow without a reload; a refused move answers 422 and the board puts the card
     * back. (The deal page's form post to {@code /deals/{id}/stage} answers with a redirect instead.)
     */
    @PostMapping("/board/{id}/stage")
    @PreAuthorize("hasAuthority('sales:write')")
    String move(@PathVariable long id, @RequestParam long stageId, @RequestParam(required = false) Long closingReasonId,
            DealListParameters parameters, Model model, Locale locale, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        DealView moved = null;
        String refusal = null;
        try {
            moved = deals.moveToStage(id, stageId, closingReasonId);
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            refusal = messages.getMessage(problem.messageCode(), problem.arguments(), locale);
        }
        long pipelineId = moved != null ? moved.pipelineId()
                : deals.find(id).orElseThrow(() -> new RecordNotFoundException("Deal", id)).pipelineId();
        List<DealBoardColumn> columns = boards.headers(pipelineId, parameters.leniently());
        model.addAttribute("columns", columns);
        if (moved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("moved", refusal);
        }
        else {
            model.addAttribute("moved", messages.getMessage("deals.board.moved",
                    new Object[] {moved.name(), stageName(columns, moved.stageId())}, locale));
        }
        return "sales/deals/fragments/board-header :: headers";
    }

    private static String stageName(List<DealBoardColumn> columns, long stageId) {
        return columns.stream().filter(column -> column.stage().id() == stageId).map(column -> column.stage().name()).findFirst()
                .orElse("");
    }
}
