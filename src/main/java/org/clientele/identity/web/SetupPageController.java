package org.clientele.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.clientele.identity.NewAdministrator;
import org.clientele.identity.SetupAlreadyCompletedException;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.DemoData;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first-start page that creates the first administrator; reachable only until one exists. */
@Controller
class SetupPageController {

    private final UserManagement users;
    private final DemoData demoData;

    SetupPageController(UserManagement users, DemoData demoData) {
        this.users = users;
        this.demoData = demoData;
    }

    @GetMapping("/setup")
    String setupPage(Model model, Locale locale) {
        model.addAttribute("form", NewAdministrator.blank(locale.getLanguage(), "UTC"));
        return page(model);
    }

    @PostMapping("/setup")
    String setup(@Valid @ModelAttribute("form") NewAdministrator form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        UserAccount administrator;
        try {
            administrator = users.createFirstAdministrator(form);
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
            return page(model);
        }
        catch (SetupAlreadyCompletedException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("setup.already-done"));
            return "redirect:/login";
        }
        if (form.wantsDemoData()) {
            demoData.load(administrator.id());
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("setup.done", administrator.email()));
        return "redirect:/login";
    }

    private static String page(Model model) {
        model.addAttribute("timeZones", TimeZones.ALL);
        return "identity/setup";
    }
}
