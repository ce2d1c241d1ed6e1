package org.clientele.customers.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.clientele.customers.Address;
import org.clientele.customers.CardImport;
import org.clientele.customers.CardPreview;
import org.clientele.customers.ContactCards;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Ids;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "People, possibly working at a company; lists and reads show only what the caller may see")
class ContactCardApiController {

    private final ContactManagement contacts;
    private final ContactCards cards;

    ContactCardApiController(ContactManagement contacts, ContactCards cards) {
        this.contacts = contacts;
        this.cards = cards;
    }

    @GetMapping("/{id}/vcard")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One contact as a vCard", description = "vCard 4.0, or 3.0 with version=3.0. 404 as for GET /contacts/{id}.")
    ResponseEntity<String> card(@PathVariable long id, @RequestParam(required = false) String version) {
        VCardVersion chosen = ListExports.version(version);
        return download(contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id)), chosen);
    }

    @PostMapping("/vcard")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Import contacts from vCards",
            description = "A vCard 3.0 or 4.0 file with one or many cards (at most 1000), as the body (text/vcard) or as the "
                    + "part file of multipart/form-data. dryRun=true only answers what each card would create. Otherwise "
                    + "every card with a name becomes a contact owned by you, except those with an e-mail address a contact "
                    + "has already (skipped, named in duplicates); all or nothing. Photos, the types of phone numbers and "
                    + "e-mail addresses and the addresses after the first are not kept.")
    ResponseEntity<?> importCards(HttpServletRequest request, @RequestParam(required = false) boolean dryRun,
            @AuthenticationPrincipal SignedInUser me) throws IOException {
        String text;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        else {
            text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        return imported(text, dryRun, me);
    }

    private ResponseEntity<?> imported(String text, boolean dryRun, SignedInUser me) {
        if (dryRun) {
            return ResponseEntity.ok(new PreviewJson(cards.preview(text).stream().map(CardJson::of).toList()));
        }
        CardImport result = cards.importCards(me.userId(), text);
        return ResponseEntity.ok(new ImportJson(Ids.of(result.created()), result.duplicates(), result.unnamed()));
    }

    /** The contact's card as a file named after them. */
    static ResponseEntity<String> download(ContactView contact, VCardVersion version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contact.fullName().isBlank() ? "contact.vcf" : contact.fullName() + ".vcf", StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType("text/vcard;charset=UTF-8"))
                .body(text(contact, version));
    }

    static String text(ContactView contact, VCardVersion version) {
        StringWriter out = new StringWriter();
        try (VCardWriter writer = new VCardWriter(out, version)) {
            writer.write(ContactCards.card(contact));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toString();
    }

    record PreviewJson(List<CardJson> cards) {
    }

    record CardJson(int index, String name, String firstName, String lastName, String title, String organisation, String companyId,
            List<String> emails, List<String> phones, LocalDate birthday, Address address,
            @Parameter(description = "invalid numbers and addresses left out") List<String> dropped, int furtherAddresses,
            boolean photo, boolean duplicate) {

        static CardJson of(CardPreview card) {
            return new CardJson(card.index(), card.name(), card.firstName(), card.lastName(), card.title(), card.organisation(),
                    Ids.of(card.companyId()), card.emails(), card.phones(), card.birthday(), card.address(), card.dropped(),
                    card.furtherAddresses(), card.photo(), card.duplicate());
        }
    }

    record ImportJson(List<String> created, List<String> duplicates, List<String> unnamed) {
    }

}
