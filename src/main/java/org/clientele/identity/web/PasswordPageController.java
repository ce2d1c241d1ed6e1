package org.clientele.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.PasswordChange;
import org.clientele.identity.SignedInUsers;
import org.clientele.identity.UserManagement;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where users replace their password, and where those with a temporary one are sent first. */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordPageController {

    static final String PATH = "/profile/password";

    private final UserManagement users;
    private final SignedInUsers signedInUsers;

    PasswordPageController(UserManagement users, SignedInUsers signedInUsers) {
        this.users = users;
        this.signedInUsers = signedInUsers;
    }

    @GetMapping(PATH)
    String passwordPage(Model model) {
        model.addAttribute("form", new PasswordChange("", "", ""));
        return "identity/password";
    }

    @PostMapping(PATH)
    String change(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") PasswordChange form,
            BindingResult errors, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                users.changeOwnPassword(me.userId(), form);
                signedInUsers.refresh(request, response);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("password.changed"));
                return "redirect:/profile";
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return "identity/password";
    }
}
