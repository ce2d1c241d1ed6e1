package org.clientele.billing.ledger.web;

import org.clientele.billing.ledger.TransactionCategoryManagement;
import org.clientele.billing.ledger.TransactionCategoryView;
import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration › Transaction categories: add, rename, deactivate and delete the headings transactions are booked under. */
@Controller
@RequestMapping("/admin/transaction-categories")
@PreAuthorize("hasAuthority('settings:admin')")
class TransactionCategoryAdminPageController {

    private static final String LIST = "redirect:/admin/transaction-categories";

    private final TransactionCategoryManagement categories;

    TransactionCategoryAdminPageController(TransactionCategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        return "billing/ledger/categories";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        try {
            TransactionCategoryView created = categories.create(name);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("transaction-categories.saved", created.name()));
            return LIST;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("newError", ex.problems().get(0).messageCode());
            model.addAttribute("newErrorArguments", ex.problems().get(0).arguments());
            model.addAttribute("newName", name);
            return list(model);
        }
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        existing(id);
        try {
            TransactionCategoryView changed = categories.change(id, name, active);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("transaction-categories.saved", changed.name()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), ex.problems().get(0).arguments()));
        }
        return LIST;
    }

    @GetMapping("/{id}/delete")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("category", existing(id));
        return "billing/ledger/category-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        TransactionCategoryView category = existing(id);
        try {
            categories.delete(id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("transaction-categories.deleted", category.name()));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode(), category.name()));
        }
        return LIST;
    }

    private TransactionCategoryView existing(long id) {
        return categories.find(id).orElseThrow(() -> new RecordNotFoundException("TransactionCategory", id));
    }
}
