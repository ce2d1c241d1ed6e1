package org.clientele.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.clientele.identity.Invitations;
import org.clientele.identity.NewUser;
import org.clientele.identity.Role;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TwoFactorAuthentication;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserChanges;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** Administrators list, create, change, deactivate and reactivate users. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('users:admin')")
class UserAdminPageController {

    private final UserManagement users;
    private final UserDirectory directory;
    private final TeamDirectory teams;
    private final Invitations invitations;
    private final TwoFactorAuthentication twoFactor;

    UserAdminPageController(UserManagement users, UserDirectory directory, TeamDirectory teams, Invitations invitations,
            TwoFactorAuthentication twoFactor) {
        this.users = users;
        this.directory = directory;
        this.teams = teams;
        this.invitations = invitations;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "active") String status,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor, Model model) {
        Boolean active = switch (status) {
            case "inactive" -> Boolean.FALSE;
            case "all" -> null;
            default -> Boolean.TRUE;
        };
        model.addAttribute("page", directory.list(PageRequest.of(null, sort, cursor, UserDirectory.DEFAULT_SORT), q, active));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort == null ? UserDirectory.DEFAULT_SORT : sort);
        model.addAttribute("sorts", UserDirectory.SORTS);
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model, Locale locale) {
        model.addAttribute("form", new NewUser("", "", "", EnumSet.of(Role.SALES), locale.getLanguage(), "UTC"));
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUser form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UserAccount created = users.create(form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("users.created", created.email()));
                return "redirect:/admin/users/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = account(id);
        model.addAttribute("form", new UserChanges(account.fullName(), account.roles(), account.locale().getLanguage(),
                account.timeZone().getId()));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") UserChanges form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.change(id, form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("users.saved"));
                return "redirect:/admin/users/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, account(id));
    }

    @GetMapping("/{id}/deactivate")
    String confirmDeactivation(@PathVariable long id, Model model) {
        model.addAttribute("account", account(id));
        return "identity/user-deactivate";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            users.deactivate(id, me.userId());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("users.deactivated"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        users.reactivate(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("users.reactivated"));
        return "redirect:/admin/users/" + id;
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    private String form(Model model, UserAccount account) {
        model.addAttribute("account", account);
        model.addAttribute("teams", account == null ? List.of() : teams.teamsOf(account.id()));
        model.addAttribute("invitationPending", account != null && invitations.pending(account.id()));
        model.addAttribute("twoFactor", account == null ? null : twoFactor.status(account.id()));
        model.addAttribute("mailConfigured", invitations.available());
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("timeZones", TimeZones.ALL);
        return "identity/user-form";
    }
}
