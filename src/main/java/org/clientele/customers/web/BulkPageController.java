package org.clientele.customers.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.customers.BulkAction;
import org.clientele.customers.BulkActions;
import org.clientele.customers.TaggedType;
import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk actions of the company, contact and lead lists: the rows ticked in the list, one
 * action, back to the list with a message that says how many records changed. Deleting asks for
 * a confirmation that states how many records go.
 */
@Controller
class BulkPageController {

    private final BulkActions bulkActions;
    private final MessageSource messages;

    BulkPageController(BulkActions bulkActions, MessageSource messages) {
        this.bulkActions = bulkActions;
        this.messages = messages;
    }

    @PostMapping({"/companies/bulk", "/contacts/bulk", "/leads/bulk"})
    @PreAuthorize("hasAuthority('customers:write')")
    String apply(@RequestParam(required = false) String action, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) Long tagId, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long segmentId,
            @RequestParam(required = false) boolean confirmed, @RequestParam(required = false) String back, Model model,
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        TaggedType type = TaggedPaths.typeOf(request);
        String list = ListPages.backTo(type, back);
        List<Long> selected = ids == null ? List.of() : ids;
        if (BulkAction.DELETE.code().equals(action) && !confirmed && !selected.isEmpty()) {
            model.addAttribute("type", type);
            model.addAttribute("ids", selected);
            model.addAttribute("back", list);
            return "customers/bulk-delete";
        }
        try {
            int count = bulkActions.apply(type, action, selected, tagId, ownerId, segmentId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("bulk.done." + action, count));
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(problem.messageCode(), problem.arguments()));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("bulk.refused",
                    messages.getMessage(ex.messageCode(), null, ex.messageCode(), locale)));
        }
        return "redirect:" + list;
    }
}
