package org.clientele.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.CurrentPassword;
import org.clientele.identity.OneTimeCode;
import org.clientele.identity.TwoFactorAuthentication;
import org.clientele.identity.TwoFactorSetup;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where users set up two-factor sign-in with an authenticator app, renew their recovery codes and
 * switch it off. The key and the recovery codes are only ever in the answer to the request that
 * shows them, sent with {@code Cache-Control: no-store}, never in a redirect or the session.
 */
@Controller
@RequestMapping("/profile/two-factor")
@PreAuthorize("isAuthenticated()")
class TwoFactorPageController {

    private final TwoFactorAuthentication twoFactor;

    TwoFactorPageController(TwoFactorAuthentication twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("status", twoFactor.status(me.userId()));
        return "identity/two-factor";
    }

    @GetMapping("/enrolment")
    String enrolment(@AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        model.addAttribute("form", new OneTimeCode(""));
        return enrolmentPage(me, model, response);
    }

    @PostMapping("/enrolment")
    String confirm(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") OneTimeCode form, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                return recoveryCodesPage(twoFactor.confirm(me.userId(), form), true, model, response);
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return enrolmentPage(me, model, response);
    }

    @GetMapping("/recovery-codes")
    String renewalPage(Model model) {
        model.addAttribute("form", new CurrentPassword(""));
        return confirmationPage("renew", model);
    }

    @PostMapping("/recovery-codes")
    String renew(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") CurrentPassword form, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                return recoveryCodesPage(twoFactor.renewRecoveryCodes(me.userId(), form), false, model, response);
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return confirmationPage("renew", model);
    }

    @GetMapping("/disable")
    String disablePage(Model model) {
        model.addAttribute("form", new CurrentPassword(""));
        return confirmationPage("disable", model);
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") CurrentPassword form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                twoFactor.disable(me.userId(), form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("two-factor.disabled"));
                return "redirect:/profile/two-factor";
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return confirmationPage("disable", model);
    }

    private String enrolmentPage(SignedInUser me, Model model, HttpServletResponse response) {
        Optional<TwoFactorSetup> setup = twoFactor.enrolment(me.userId());
        if (setup.isEmpty()) {
            return "redirect:/profile/two-factor";
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("status", twoFactor.status(me.userId()));
        model.addAttribute("secret", grouped(setup.get().secret()));
        model.addAttribute("qrCode", QrCodes.svgDataUri(setup.get().uri()));
        return "identity/two-factor-enrolment";
    }

    private static String recoveryCodesPage(List<String> codes, boolean justEnabled, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("codesText", String.join("\n", codes));
        model.addAttribute("justEnabled", justEnabled);
        return "identity/two-factor-recovery-codes";
    }

    private static String confirmationPage(String action, Model model) {
        model.addAttribute("action", action);
        return "identity/two-factor-confirm";
    }

    /** The key in groups of four, easier to type; apps ignore the spaces. */
    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
