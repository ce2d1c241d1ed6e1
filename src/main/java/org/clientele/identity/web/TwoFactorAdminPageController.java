package org.clientele.identity.web;

import java.util.List;

import org.clientele.identity.Role;
import org.clientele.identity.TwoFactorAuthentication;
import org.clientele.identity.TwoFactorPolicy;
import org.clientele.identity.TwoFactorRequirement;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators choose which roles require two-factor sign-in, and reset it for a user who lost their app. */
@Controller
@PreAuthorize("hasAuthority('users:admin')")
class TwoFactorAdminPageController {

    private final TwoFactorPolicy policy;
    private final TwoFactorAuthentication twoFactor;
    private final UserManagement users;

    TwoFactorAdminPageController(TwoFactorPolicy policy, TwoFactorAuthentication twoFactor, UserManagement users) {
        this.policy = policy;
        this.twoFactor = twoFactor;
        this.users = users;
    }

    @GetMapping("/admin/two-factor")
    String policyPage(Model model) {
        model.addAttribute("form", new TwoFactorRequirement(policy.requiredRoles()));
        model.addAttribute("allRoles", List.of(Role.values()));
        return "identity/two-factor-policy";
    }

    @PostMapping("/admin/two-factor")
    String require(@ModelAttribute("form") TwoFactorRequirement form, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        policy.require(form, me.userId());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("two-factor.policy.saved"));
        return "redirect:/admin/two-factor";
    }

    @GetMapping("/admin/users/{id}/two-factor/reset")
    String confirmReset(@PathVariable long id, Model model) {
        model.addAttribute("account", account(id));
        return "identity/two-factor-reset";
    }

    @PostMapping("/admin/users/{id}/two-factor/reset")
    String reset(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        account(id);
        twoFactor.reset(id, me.userId());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("two-factor.reset.done"));
        return "redirect:/admin/users/" + id;
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }
}
