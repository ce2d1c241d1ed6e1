package org.clientele.billing.documents.web;

import java.io.IOException;
import java.util.Base64;

import org.clientele.billing.documents.SellerProfileForm;
import org.clientele.billing.documents.SellerProfileManagement;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration › Billing settings: the seller printed on documents, terms, number patterns and the logo. */
@Controller
@RequestMapping("/admin/billing")
@PreAuthorize("hasAuthority('settings:admin')")
class SellerProfilePageController {

    private static final String PAGE = "redirect:/admin/billing";

    private final SellerProfileManagement sellers;

    SellerProfilePageController(SellerProfileManagement sellers) {
        this.sellers = sellers;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", sellers.form());
        return page(model);
    }

    @PostMapping
    String save(@ModelAttribute("form") SellerProfileForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                sellers.save(form);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("billing-settings.saved"));
                return PAGE;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return page(model);
    }

    @PostMapping("/logo")
    String changeLogo(@RequestParam(name = "logo", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            sellers.changeLogo(file == null ? null : file.getBytes());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("billing-settings.logo-saved"));
        }
        catch (InvalidInputException ex) {
            FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger(problem.messageCode(), problem.arguments()));
        }
        return PAGE;
    }

    @GetMapping("/logo/remove")
    String confirmLogoRemoval(Model model) {
        model.addAttribute("logo", logoDataUri());
        return "billing/logo-remove";
    }

    @PostMapping("/logo/remove")
    String removeLogo(RedirectAttributes redirect) {
        sellers.removeLogo();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("billing-settings.logo-removed"));
        return PAGE;
    }

    private String page(Model model) {
        model.addAttribute("logo", logoDataUri());
        return "billing/settings";
    }

    /** The logo is small (at most 400 pixels wide), so the page carries it inline rather than through another request. */
    private String logoDataUri() {
        byte[] logo = sellers.current().logo();
        return logo == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(logo);
    }
}
