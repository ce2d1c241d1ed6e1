package org.clientele.sales.products.web;

import org.clientele.platform.Flash;
import org.clientele.sales.products.CategoryForm;
import org.clientele.sales.products.CategoryManagement;
import org.clientele.sales.products.CategoryView;
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

/** Product categories on one page: the tree, a form per category, adding, and deleting unused ones after a confirmation. */
@Controller
@RequestMapping("/products/categories")
class CategoryPageController {

    private final CategoryManagement categories;

    CategoryPageController(CategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(Model model) {
        model.addAttribute("categories", categories.tree());
        model.addAttribute("newName", "");
        return "sales/products/categories";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('sales:write')")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long parentId,
            @RequestParam(defaultValue = "0") int position, Model model, RedirectAttributes redirect) {
        try {
            CategoryView created = categories.create(new CategoryForm(name, parentId, position, true));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.categories.created", created.name()));
            return "redirect:/products/categories";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("categories", categories.tree());
            model.addAttribute("newName", name == null ? "" : name);
            model.addAttribute("newError", ex.problems().get(0).messageCode());
            model.addAttribute("newErrorArguments", ex.problems().get(0).arguments());
            return "sales/products/categories";
        }
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) Long parentId,
            @RequestParam(defaultValue = "0") int position, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        category(id);
        try {
            categories.change(id, new CategoryForm(name, parentId, position, active));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.categories.saved"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), ex.problems().get(0).arguments()));
        }
        return "redirect:/products/categories";
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("category", category(id));
        model.addAttribute("inUse", categories.inUse(id));
        return "sales/products/category-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CategoryView category = category(id);
        try {
            categories.delete(id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.categories.deleted", category.name()));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/products/categories";
    }

    private CategoryView category(long id) {
        return categories.find(id).orElseThrow(() -> new RecordNotFoundException("ProductCategory", id));
    }
}
