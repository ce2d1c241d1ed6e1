package org.clientele.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.clientele.identity.Invitations;
import org.clientele.identity.MailNotConfiguredException;
import org.clientele.identity.NewInvitation;
import org.clientele.identity.Role;
import org.clientele.identity.UserAccount;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.SystemMail.MailNotSentException;
import org.clientele.shared.InvalidInputException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators invite colleagues by e-mail, and send an invitation again. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('users:admin')")
class InvitationAdminPageController {

    private final Invitations invitations;

    InvitationAdminPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invite")
    String inviteForm(Model model, Locale locale) {
        model.addAttribute("form", new NewInvitation("", "", EnumSet.of(Role.SALES), locale.getLanguage(), "UTC"));
        return form(model);
    }

    @PostMapping("/invite")
    String invite(@Valid @ModelAttribute("form") NewInvitation form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && invitations.available()) {
            try {
                UserAccount invited = invitations.invite(form, me.displayName());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invitation.sent", invited.email()));
                return "redirect:/admin/users/" + invited.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (MailNotSentException | MailNotConfiguredException ex) {
                model.addAttribute(Flash.ATTRIBUTE, Flash.warning("invitation.not-sent"));
            }
        }
        return form(model);
    }

    @PostMapping("/{id}/invitation")
    String resend(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        Flash outcome;
        try {
            invitations.resend(id, me.displayName());
            outcome = Flash.success("invitation.resent");
        }
        catch (InvalidInputException ex) {
            outcome = Flash.warning(ex.problems().get(0).messageCode());
        }
        catch (MailNotConfiguredException ex) {
            outcome = Flash.warning("invitation.mail-unavailable");
        }
        catch (MailNotSentException ex) {
            outcome = Flash.warning("invitation.resend-failed");
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, outcome);
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model) {
        model.addAttribute("mailConfigured", invitations.available());
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("timeZones", TimeZones.ALL);
        return "identity/invite";
    }
}
