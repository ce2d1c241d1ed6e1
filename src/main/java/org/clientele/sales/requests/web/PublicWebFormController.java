package org.clientele.sales.requests.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.Countries;
import org.clientele.sales.requests.WebFormField;
import org.clientele.sales.requests.WebFormManagement;
import org.clientele.sales.requests.WebFormPost;
import org.clientele.sales.requests.WebFormSubmissions;
import org.clientele.sales.requests.WebFormView;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public side of web-to-lead forms (no sign-in): the form as a page of its own, fit for an
 * iframe on the sites the form allows (its own {@code frame-ancestors}), and the posts to it from
 * that page, from a plain HTML form on another site, or from {@code fetch} (JSON when asked for
 * with {@code Accept: application/json}).
 */
@Controller
@RequestMapping(PublicWebFormController.PATH)
class PublicWebFormController {

    static final String PATH = "/forms";

    private final WebFormManagement forms;
    private final WebFormSubmissions submissions;
    private final MessageSource messages;

    PublicWebFormController(WebFormManagement forms, WebFormSubmissions submissions, MessageSource messages) {
        this.forms = forms;
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        WebFormView form = published(token);
        framing(form, response);
        return page(model, form, locale, form.fields().stream().collect(Collectors.toMap(WebFormField::parameter, field -> "")),
                Map.of(), null);
    }

    @PostMapping(path = "/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<PostJson> postForJson(@PathVariable String token, @RequestParam Map<String, String> posted,
            HttpServletRequest request, Locale locale) {
        WebFormView form = published(token);
        WebFormPost post = submissions.submit(form, posted, request.getRemoteAddr(), request.getHeader("User-Agent"));
        String text = message(form, post, locale);
        Map<String, String> errors = post.problems().stream().collect(Collectors.toMap(problem -> problem.field(),
                problem -> messages.getMessage(problem.messageCode(), problem.arguments(), locale), (a, b) -> a));
        return ResponseEntity.status(status(post)).body(new PostJson(post.outcome().name(),
                post.created() ? post.request().ticket() : null, text, post.created() ? form.redirectUrl() : null, errors));
    }

    @PostMapping("/{token}")
    String post(@PathVariable String token, @RequestParam Map<String, String> posted, HttpServletRequest request, Model model,
            Locale locale, HttpServletResponse response) {
        WebFormView form = published(token);
        framing(form, response);
        WebFormPost post = submissions.submit(form, posted, request.getRemoteAddr(), request.getHeader("User-Agent"));
        if (post.created() && form.redirectUrl() != null) {
            return "redirect:" + form.redirectUrl();
        }
        response.setStatus(status(post).value());
        Map<String, String> errors = post.problems().stream().collect(Collectors.toMap(problem -> problem.field(),
                problem -> messages.getMessage(problem.messageCode(), problem.arguments(), locale), (a, b) -> a));
        model.addAttribute("done", post.created());
        return page(model, form, locale, post.values(), errors, message(form, post, locale));
    }

    private String page(Model model, WebFormView form, Locale locale, Map<String, String> values, Map<String, String> errors,
            String message) {
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("honeypot", WebFormSubmissions.HONEYPOT);
        model.addAttribute("countries", Countries.all(locale));
        return "sales/requests/public-form";
    }

    private String message(WebFormView form, WebFormPost post, Locale locale) {
        if (post.created()) {
            return form.thankYouMessage() != null ? form.thankYouMessage()
                    : messages.getMessage("web-forms.public.thanks", new Object[] {post.request().ticket()}, locale);
        }
        return messages.getMessage("web-forms.public.refused." + post.outcome().name(), null, locale);
    }

    private static HttpStatus status(WebFormPost post) {
        return switch (post.outcome()) {
            case CREATED -> HttpStatus.CREATED;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    /**
     * This page alone may be framed, by the form's allowed origins: browsers obey frame-ancestors
     * over the X-Frame-Options the security filters still send, which keeps older browsers that
     * know only that header from framing it at all. The page runs no script and posts only to
     * itself (and is redirected to the form's thank-you address).
     */
    private static void framing(WebFormView form, HttpServletResponse response) {
        String ancestors = form.allowedOrigins().isEmpty() ? "'self'" : "'self' " + String.join(" ", form.allowedOrigins());
        String formAction = form.redirectUrl() == null ? "'self'" : "'self' " + origin(form.redirectUrl());
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action "
                + formAction + "; base-uri 'none'; frame-ancestors " + ancestors);
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private WebFormView published(String token) {
        return forms.published(token).orElseThrow(() -> new RecordNotFoundException("WebForm", token));
    }

    /**
     * @param outcome {@code CREATED}, {@code INVALID}, {@code HONEYPOT}, {@code STOP_PHRASE}, {@code BANNED_COMPANY} or {@code RATE_LIMITED}
     * @param redirectUrl where the embedding page may send the sender now, if the form has such an address
     * @param errors messages by field, with {@code INVALID}
     */
    record PostJson(String outcome, String ticket, String message, String redirectUrl, Map<String, String> errors) {
    }
}
