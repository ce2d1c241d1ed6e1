package org.clientele.customers.web;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.Flash;
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

/** Administration › Reference data: add, rename, reorder, deactivate and reactivate industries, company types and lead sources. */
@Controller
@RequestMapping("/admin/reference-data/{kind}")
class ReferenceDataPageController {

    private final ReferenceDataManagement referenceData;
    private final PageChoices choices;

    ReferenceDataPageController(ReferenceDataManagement referenceData, PageChoices choices) {
        this.referenceData = referenceData;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String list(@PathVariable String kind, Model model) {
        ReferenceKind chosen = kind(kind);
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", ReferenceKind.values());
        model.addAttribute("entries", referenceData.all(chosen));
        model.addAttribute("teams", choices.teams());
        model.addAttribute("teamNames", choices.teamNames());
        return "customers/reference-data";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@PathVariable String kind, @RequestParam(required = false) String name, @RequestParam(required = false) Long teamId,
            RedirectAttributes redirect) {
        ReferenceKind chosen = kind(kind);
        try {
            referenceData.create(chosen, name, teamId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("reference.added", name.strip()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), 100));
        }
        return "redirect:/admin/reference-data/" + chosen.slug();
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) Boolean active, RedirectAttributes redirect) {
        ReferenceKind chosen = kind(kind);
        var entry = referenceData.find(chosen, id).orElseThrow(() -> new RecordNotFoundException(chosen.slug(), id));
        try {
            referenceData.change(chosen, id, name == null ? entry.name() : name, active == null ? entry.active() : active);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("reference.saved"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode(), 100));
        }
        return "redirect:/admin/reference-data/" + chosen.slug();
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('settings:admin')")
    String move(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String direction) {
        ReferenceKind chosen = kind(kind);
        referenceData.move(chosen, id, "up".equals(direction));
        return "redirect:/admin/reference-data/" + chosen.slug();
    }

    private static ReferenceKind kind(String slug) {
        ReferenceKind kind = ReferenceKind.ofSlug(slug);
        if (kind == null) {
            throw new RecordNotFoundException("Reference data", slug);
        }
        return kind;
    }
}
