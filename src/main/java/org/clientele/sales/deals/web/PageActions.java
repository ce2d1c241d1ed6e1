package org.clientele.sales.deals.web;

import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page's action and says on the next page what happened or the first thing that was wrong. */
final class PageActions {

    private PageActions() {
    }

    static String run(String page, RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(problem.messageCode(), problem.arguments()));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:" + page;
    }
}
