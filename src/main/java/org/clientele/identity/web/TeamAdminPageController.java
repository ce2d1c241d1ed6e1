package org.clientele.identity.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.TeamView;
import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators arrange teams in a tree, name their members and heads, and delete empty branches. */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasAuthority('users:admin')")
class TeamAdminPageController {

    private final TeamManagement teams;
    private final TeamDirectory directory;

    TeamAdminPageController(TeamManagement teams, TeamDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", directory.tree());
        return "identity/teams";
    }

    @GetMapping("/new")
    String newTeam(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("form", new TeamForm("", parentId));
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                TeamView created = teams.create(form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("teams.created", created.name()));
                return "redirect:/admin/teams/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        TeamView team = team(id);
        model.addAttribute("form", new TeamForm(team.name(), team.parentId()));
        return form(model, team);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        TeamView team = team(id);
        if (!errors.hasErrors()) {
            try {
                teams.change(id, form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("teams.saved"));
                return "redirect:/admin/teams/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, team);
    }

    @PostMapping("/{id}/members")
    String putMember(@PathVariable long id, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean head, RedirectAttributes redirect) {
        team(id);
        try {
            teams.putMember(id, email, head);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("teams.member.saved"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return "redirect:/admin/teams/" + id;
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        teams.removeMember(id, userId);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("teams.member.removed"));
        return "redirect:/admin/teams/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("team", team(id));
        return "identity/team-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            teams.delete(id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("teams.deleted"));
            return "redirect:/admin/teams";
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/admin/teams/" + id;
        }
    }

    private TeamView team(long id) {
        return teams.find(id).orElseThrow(() -> new RecordNotFoundException("Team", id));
    }

    /** The form, offering as parents every team except this one and those below it. */
    private String form(Model model, TeamView team) {
        List<TeamSummary> tree = directory.tree();
        Set<Long> excluded = team == null ? Set.of() : below(tree, team.id());
        model.addAttribute("team", team);
        model.addAttribute("parents", tree.stream().filter(candidate -> !excluded.contains(candidate.id())).toList());
        return "identity/team-form";
    }

    /** The team and every team below it, read off the depth-first tree. */
    private static Set<Long> below(List<TeamSummary> tree, long teamId) {
        Set<Long> found = new HashSet<>();
        int depth = -1;
        for (TeamSummary candidate : tree) {
            if (depth >= 0 && candidate.depth() <= depth) {
                break;
            }
            if (candidate.id() == teamId) {
                depth = candidate.depth();
            }
            if (depth >= 0) {
                found.add(candidate.id());
            }
        }
        return found;
    }
}
