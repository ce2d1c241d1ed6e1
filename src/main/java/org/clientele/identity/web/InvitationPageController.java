package org.clientele.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.ChosenPassword;
import org.clientele.identity.Invitations;
import org.clientele.identity.UnusableLinkException;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public: where an invited colleague arrives from the link in their mail and chooses a password.
 * The link itself is the credential, so the page needs no sign-in.
 */
@Controller
class InvitationPageController {

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("account", invitations.invitee(token));
            model.addAttribute("form", new ChosenPassword("", ""));
            return "identity/invitation";
        }
        catch (UnusableLinkException ex) {
            return LinkPages.unusable(response);
        }
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") ChosenPassword form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("account", invitations.invitee(token));
            if (!errors.hasErrors()) {
                invitations.accept(token, form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invitation.accepted"));
                return "redirect:/login";
            }
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
        }
        catch (UnusableLinkException ex) {
            return LinkPages.unusable(response);
        }
        return "identity/invitation";
    }
}
