package org.clientele.customers.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ConsentForm;
import org.clientele.customers.ConsentManagement;
import org.clientele.customers.ConsentSource;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.MarketingConsent;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consent panel of a contact's page: shown, and changed in place with htmx (or by a plain form post). */
@Controller
class ConsentPageController {

    private static final String PANEL = "customers/fragments/consent :: panel";

    private final ContactManagement contacts;
    private final ConsentManagement consents;
    private final ConsentPanel panel;
    private final MessageSource messages;

    ConsentPageController(ContactManagement contacts, ConsentManagement consents, ConsentPanel panel, MessageSource messages) {
        this.contacts = contacts;
        this.consents = consents;
        this.panel = panel;
        this.messages = messages;
    }

    @GetMapping("/contacts/{id}/consent")
    @PreAuthorize("hasAuthority('customers:read')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("contact", contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id)));
        panel.fill(model, id);
        return PANEL;
    }

    @PostMapping("/contacts/{id}/consent")
    @PreAuthorize("hasAuthority('customers:write')")
    String change(@PathVariable long id, @RequestParam(required = false) String emailMarketing,
            @RequestParam(defaultValue = "false") boolean doNotContact, @RequestParam(required = false) String doNotContactReason,
            @RequestParam(defaultValue = "false") boolean emailAllowed, @RequestParam(defaultValue = "false") boolean phoneAllowed,
            @RequestParam(defaultValue = "false") boolean smsAllowed, @AuthenticationPrincipal SignedInUser me, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("contact", contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id)));
        try {
            consents.change(id, new ConsentForm(marketing(emailMarketing), doNotContact, doNotContactReason, emailAllowed, phoneAllowed,
                    smsAllowed), ConsentSource.FORM, me.userId());
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            model.addAttribute("consentError", messages.getMessage(problem.messageCode(), problem.arguments(), locale));
        }
        if (!HtmxRequests.wantsFragment(request, response)) {
            return "redirect:/contacts/" + id;
        }
        panel.fill(model, id);
        return PANEL;
    }

    private static MarketingConsent marketing(String value) {
        try {
            return value == null ? null : MarketingConsent.valueOf(value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
