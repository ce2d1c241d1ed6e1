package org.clientele.identity.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.Preferences;
import org.clientele.identity.SignedInUsers;
import org.clientele.identity.TwoFactorAuthentication;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserAvatars;
import org.clientele.identity.UserManagement;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where signed-in users change their name, language and time zone. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProfilePageController {

    private final UserManagement users;
    private final SignedInUsers signedInUsers;
    private final UserAvatars avatars;
    private final TwoFactorAuthentication twoFactor;

    ProfilePageController(UserManagement users, SignedInUsers signedInUsers, UserAvatars avatars,
            TwoFactorAuthentication twoFactor) {
        this.users = users;
        this.signedInUsers = signedInUsers;
        this.avatars = avatars;
        this.twoFactor = twoFactor;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal SignedInUser me, Model model) {
        UserAccount account = users.find(me.userId()).orElseThrow(() -> new RecordNotFoundException("User", me.userId()));
        model.addAttribute("account", account);
        model.addAttribute("form", new Preferences(account.fullName(), account.locale().toLanguageTag(), account.timeZone().getId(),
                account.phoneExtension()));
        return page(me, model);
    }

    @PostMapping("/profile")
    String save(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") Preferences form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                users.changePreferences(me.userId(), form);
                signedInUsers.refresh(request, response);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("profile.saved"));
                return "redirect:/profile";
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        model.addAttribute("account", users.find(me.userId()).orElseThrow(() -> new RecordNotFoundException("User", me.userId())));
        return page(me, model);
    }

    private String page(SignedInUser me, Model model) {
        model.addAttribute("timeZones", TimeZones.ALL);
        model.addAttribute("avatarChangedAt", avatars.changedAt(me.userId()).map(Instant::toEpochMilli).orElse(null));
        model.addAttribute("twoFactor", twoFactor.status(me.userId()));
        return "identity/profile";
    }
}
