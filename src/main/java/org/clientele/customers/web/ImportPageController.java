package org.clientele.customers.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ImportField;
import org.clientele.customers.ImportManagement;
import org.clientele.customers.ImportManagement.Importer;
import org.clientele.customers.ImportView;
import org.clientele.platform.Flash;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/imports")
class ImportPageController {

    private final ImportManagement imports;
    private final PageChoices choices;
    private final MessageSource messages;

    ImportPageController(ImportManagement imports, PageChoices choices, MessageSource messages) {
        this.imports = imports;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String list(Authentication authentication, Model model) {
        Importer importer = ImportRequests.importer(authentication);
        model.addAttribute("imports", imports.list(importer));
        model.addAttribute("administrator", importer.administrator());
        model.addAttribute("userNames", choices.usersWith(imports.list(importer).stream().map(ImportView::userId).toList()));
        return "customers/imports";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, RedirectAttributes redirect) {
        try {
            ImportView view = ImportRequests.upload(imports, ImportRequests.importer(authentication), file);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("imports.uploaded", view.totalRows()));
            return "redirect:/imports/" + view.id();
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger(ex.problems().get(0).messageCode(), ex.problems().get(0).arguments()));
            return "redirect:/imports";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("run", imports.find(ImportRequests.importer(authentication), id));
        model.addAttribute("fields", ImportManagement.fields());
        return "customers/import";
    }

    /** The progress while the job works; once it is done, htmx reloads the page to show the result. */
    @GetMapping("/{id}/progress")
    @PreAuthorize("hasAuthority('customers:write')")
    String progress(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
        ImportView run = imports.find(ImportRequests.importer(authentication), id);
        if (!run.status().working()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "customers/import :: progress";
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasAuthority('customers:write')")
    String start(@PathVariable long id, @RequestParam Map<String, String> parameters, Authentication authentication,
            RedirectAttributes redirect) {
        Importer importer = ImportRequests.importer(authentication);
        ImportView run = imports.find(importer, id);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < run.headers().size(); i++) {
            chosen.put(run.headers().get(i), parameters.getOrDefault("column" + i, ""));
        }
        try {
            imports.start(importer, id, ImportRequests.mapping(run, chosen), ImportRequests.onMatch(parameters.get("onMatch")),
                    "true".equals(parameters.get("dryRun")));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("imports.started"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger(ex.problems().get(0).messageCode(), fieldNames(ex)));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}/undo")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmUndo(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("run", imports.find(ImportRequests.importer(authentication), id));
        return "customers/import-undo";
    }

    @PostMapping("/{id}/undo")
    @PreAuthorize("hasAuthority('customers:write')")
    String undo(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            imports.undo(ImportRequests.importer(authentication), id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("imports.undo.started"));
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}/errors.csv")
    @PreAuthorize("hasAuthority('customers:write')")
    void errors(@PathVariable long id, Authentication authentication, HttpServletResponse response) throws IOException {
        ImportRequests.sendErrors(imports, ImportRequests.importer(authentication), id, response);
    }

    /** A field key in a problem's arguments shown as the field's name in the reader's language. */
    private Object[] fieldNames(InvalidInputException ex) {
        Object[] arguments = ex.problems().get(0).arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String key && ImportField.byKey(key).isPresent()) {
                arguments[i] = messages.getMessage("imports.field." + key, null, key, LocaleContextHolder.getLocale());
            }
        }
        return arguments;
    }
}
