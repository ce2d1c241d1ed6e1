package org.clientele.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.clientele.identity.ChosenPassword;
import org.clientele.identity.PasswordResetRequest;
import org.clientele.identity.PasswordResets;
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
 * Public: someone who forgot their password asks for a link, and chooses a new password through
 * it. The answer to a request is the same whether or not the address has an account.
 */
@Controller
class PasswordResetPageController {

    static final String PATH = "/password-reset";

    private final PasswordResets resets;

    PasswordResetPageController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping(PATH)
    String requestForm(Model model) {
        model.addAttribute("form", new PasswordResetRequest(""));
        return requestPage(model);
    }

    @PostMapping(PATH)
    String request(@Valid @ModelAttribute("form") PasswordResetRequest form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || !resets.available()) {
            return requestPage(model);
        }
        resets.request(form.email());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("password-reset.requested"));
        return "redirect:/login";
    }

    @GetMapping(PATH + "/{token}")
    String chooseForm(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            resets.check(token);
        }
        catch (UnusableLinkException ex) {
            return LinkPages.unusable(response);
        }
        model.addAttribute("form", new ChosenPassword("", ""));
        return "identity/password-reset-choose";
    }

    @PostMapping(PATH + "/{token}")
    String choose(@PathVariable String token, @Valid @ModelAttribute("form") ChosenPassword form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        try {
            resets.check(token);
            if (!errors.hasErrors()) {
                resets.complete(token, form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("password-reset.completed"));
                return "redirect:/login";
            }
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
        }
        catch (UnusableLinkException ex) {
            return LinkPages.unusable(response);
        }
        return "identity/password-reset-choose";
    }

    private String requestPage(Model model) {
        model.addAttribute("available", resets.available());
        return "identity/password-reset";
    }
}
