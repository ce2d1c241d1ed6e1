package org.clientele.customers.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import ezvcard.VCardVersion;
import org.clientele.customers.CardImport;
import org.clientele.customers.ContactCards;
import org.clientele.customers.ContactManagement;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * vCards on pages: one contact's card to download, and importing a file of cards in two steps,
 * a preview of what each card would create, then the import the user confirmed.
 */
@Controller
class ContactCardPageController {

    private static final String IMPORT_PAGE = "customers/vcard-import";

    private final ContactManagement contacts;
    private final ContactCards cards;

    ContactCardPageController(ContactManagement contacts, ContactCards cards) {
        this.contacts = contacts;
        this.cards = cards;
    }

    @GetMapping("/contacts/{id}/vcard")
    @PreAuthorize("hasAuthority('customers:read')")
    ResponseEntity<String> card(@PathVariable long id, @RequestParam(required = false) String version) {
        VCardVersion chosen = ListExports.version(version);
        return ContactCardApiController.download(contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id)),
                chosen);
    }

    @GetMapping("/contacts/vcard-import")
    @PreAuthorize("hasAuthority('customers:write')")
    String importForm() {
        return IMPORT_PAGE;
    }

    @PostMapping("/contacts/vcard-import/preview")
    @PreAuthorize("hasAuthority('customers:write')")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            model.addAttribute("cards", cards.preview(text));
            model.addAttribute("vcards", text);
        }
        catch (InvalidInputException ex) {
            model.addAttribute("problem", ex.problems().get(0));
        }
        return IMPORT_PAGE;
    }

    @PostMapping("/contacts/vcard-import")
    @PreAuthorize("hasAuthority('customers:write')")
    String importCards(@RequestParam(name = "vcards", required = false) String text, @AuthenticationPrincipal SignedInUser me,
            Model model, RedirectAttributes redirect) {
        try {
            CardImport result = cards.importCards(me.userId(), text);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("vcard.imported", result.created().size(),
                    result.duplicates().size() + result.unnamed().size(), String.join(", ", result.duplicates())));
            return "redirect:/contacts";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("problem", ex.problems().get(0));
            return IMPORT_PAGE;
        }
    }
}
