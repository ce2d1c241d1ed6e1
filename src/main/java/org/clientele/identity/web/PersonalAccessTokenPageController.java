package org.clientele.identity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.clientele.identity.CreatedPersonalAccessToken;
import org.clientele.identity.NewPersonalAccessToken;
import org.clientele.identity.PersonalAccessTokens;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where users make, see and revoke their personal access tokens. A new token is shown on the
 * answer to the form itself, never through a redirect, so that it is not kept in the session.
 */
@Controller
@RequestMapping("/profile/tokens")
@PreAuthorize("isAuthenticated()")
class PersonalAccessTokenPageController {

    /** What the form suggests: about three months. */
    private static final int SUGGESTED_DAYS = 90;

    private final PersonalAccessTokens tokens;

    PersonalAccessTokenPageController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", tokens.list(me.userId(),
                PageRequest.of(null, null, cursor, PersonalAccessTokens.DEFAULT_SORT)));
        return "identity/tokens";
    }

    @GetMapping("/new")
    String newToken(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("form", new TokenForm("", LocalDate.now(me.timeZone()).plusDays(SUGGESTED_DAYS), Set.of()));
        return form(me, model);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") TokenForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                CreatedPersonalAccessToken created = tokens.create(me.userId(), form.toRequest(me.timeZone()));
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                model.addAttribute("created", created);
                return "identity/token-created";
            }
            catch (InvalidInputException ex) {
                ex.problems().forEach(problem -> errors.rejectValue(TokenForm.field(problem.field()), problem.messageCode(),
                        problem.arguments(), null));
            }
        }
        return form(me, model);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevocation(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.findOwn(me.userId(), id)
                .orElseThrow(() -> new RecordNotFoundException("PersonalAccessToken", id)));
        return "identity/token-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeOwn(me.userId(), id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("tokens.revoked"));
        return "redirect:/profile/tokens";
    }

    private String form(SignedInUser me, Model model) {
        LocalDate today = LocalDate.now(me.timeZone());
        model.addAttribute("grantable", tokens.grantableScopes(me.userId()));
        model.addAttribute("earliestExpiry", today.plusDays(1));
        model.addAttribute("latestExpiry", PersonalAccessTokens.latestExpiryDate(me.timeZone()));
        return "identity/token-form";
    }

    /**
     * The form: the token stops working when {@code expiresOn} begins in the user's time zone.
     *
     * @param scopes permission codes
     */
    record TokenForm(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, Set<String> scopes) {

        NewPersonalAccessToken toRequest(ZoneId zone) {
            return new NewPersonalAccessToken(name, scopes,
                    expiresOn == null ? null : expiresOn.atStartOfDay(zone).toInstant());
        }

        /** The form field for a field the service names. */
        static String field(String serviceField) {
            return "expiresAt".equals(serviceField) ? "expiresOn" : serviceField;
        }
    }
}
