package org.clientele.sales.requests.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceEntry;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.SystemMail;
import org.clientele.sales.requests.WebFormField;
import org.clientele.sales.requests.WebFormManagement;
import org.clientele.sales.requests.WebFormView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Web-to-lead forms for administrators: the list, setting one up with its embed snippets, deleting. */
@Controller
@RequestMapping("/admin/web-forms")
class WebFormPageController {

    private final WebFormManagement forms;
    private final ReferenceDataManagement referenceData;
    private final SalesPageChoices choices;
    private final SystemMail mail;
    private final MessageSource messages;

    WebFormPageController(WebFormManagement forms, ReferenceDataManagement referenceData, SalesPageChoices choices, SystemMail mail,
            MessageSource messages) {
        this.forms = forms;
        this.referenceData = referenceData;
        this.choices = choices;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String list(Model model) {
        model.addAttribute("forms", forms.all());
        model.addAttribute("sourceNames", referenceData.names(ReferenceKind.LEAD_SOURCE));
        return "sales/requests/web-forms";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('settings:admin')")
    String newForm(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("form", WebFormPageForm.of(forms.newForm(me.userId(), null), null));
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@ModelAttribute("form") WebFormPageForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                WebFormView created = forms.create(form.toForm());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("web-forms.created", created.name()));
                return "redirect:/admin/web-forms/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null, locale);
    }

    /** The set-up form with the address and the snippets to embed it. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String edit(@PathVariable long id, Model model, Locale locale) {
        WebFormView form = webForm(id);
        model.addAttribute("form", WebFormPageForm.of(form));
        return form(model, form, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable long id, @ModelAttribute("form") WebFormPageForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        WebFormView current = webForm(id);
        if (!errors.hasErrors()) {
            try {
                forms.change(id, form.toForm(), form.version());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("web-forms.saved"));
                return "redirect:/admin/web-forms/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, current, locale);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("webForm", webForm(id));
        return "sales/requests/web-form-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        WebFormView form = webForm(id);
        forms.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("web-forms.deleted", form.name()));
        return "redirect:/admin/web-forms";
    }

    private WebFormView webForm(long id) {
        return forms.find(id).orElseThrow(() -> new RecordNotFoundException("WebForm", id));
    }

    private String form(Model model, WebFormView webForm, Locale locale) {
        model.addAttribute("webForm", webForm);
        model.addAttribute("fieldChoices", WebFormField.values());
        model.addAttribute("leadSources", referenceData.all(ReferenceKind.LEAD_SOURCE).stream()
                .collect(Collectors.toMap(ReferenceEntry::id, ReferenceEntry::name, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("owners", choices.owners(webForm == null ? List.of() : List.of(webForm.ownerId())));
        model.addAttribute("teams", choices.teams());
        if (webForm != null) {
            String address = mail.link(webForm.path());
            model.addAttribute("publicAddress", address);
            model.addAttribute("iframeSnippet", WebFormSnippets.iframe(address, webForm.name()));
            model.addAttribute("htmlSnippet", WebFormSnippets.html(address, webForm,
                    field -> messages.getMessage("web-forms.field." + field.parameter(), null, locale),
                    messages.getMessage("web-forms.public.send", null, locale)));
        }
        return "sales/requests/web-form";
    }

}
