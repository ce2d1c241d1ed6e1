package org.clientele.customers.web;

import org.clientele.customers.TagColour;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagUsage;
import org.clientele.customers.TagView;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tag vocabulary: everyone sees it with how much each tag is used; administrators add, rename, recolour and delete tags. */
@Controller
@RequestMapping("/tags")
class TagPageController {

    private final TagManagement tags;

    TagPageController(TagManagement tags) {
        this.tags = tags;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    String list(Model model) {
        model.addAttribute("usages", tags.usage());
        model.addAttribute("colours", TagColour.values());
        return "customers/tags";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String colour,
            RedirectAttributes redirect) {
        try {
            TagView created = tags.create(name, colour);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("tags.added", created.name()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), 50));
        }
        return "redirect:/tags";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String colour,
            RedirectAttributes redirect) {
        try {
            tags.change(id, name, colour);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("tags.saved"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), 50));
        }
        return "redirect:/tags";
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("usage", tags.usage(id));
        return "customers/tag-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        TagUsage usage = tags.usage(id);
        tags.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("tags.deleted", usage.tag().name(), usage.total()));
        return "redirect:/tags";
    }
}
