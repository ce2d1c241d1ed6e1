package org.clientele.billing.quotes.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.quotes.PublicQuote;
import org.clientele.billing.quotes.QuoteAnswers;
import org.clientele.billing.quotes.QuoteLink;
import org.clientele.billing.quotes.QuoteLinkRefusedException;
import org.clientele.billing.quotes.QuoteLinkRefusedException.Reason;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The customer's page of a quotation, reached through its signed link without signing in: the
 * quotation, its PDF, and the forms to accept it (with the full name typed) or decline it (with an
 * optional reason). The answer is recorded with the time and the address it came from, as the
 * application's forwarded-header settings tell it. A refused link gets a page saying why: 403 for
 * a signature that does not match, 410 for a link that expired or a quotation no longer open.
 */
@Controller
@RequestMapping(QuoteLink.PATH + "{id}")
class PublicQuoteController {

    private final QuoteAnswers answers;
    private final MessageSource messages;

    PublicQuoteController(QuoteAnswers answers, MessageSource messages) {
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) String expires, @RequestParam(required = false) String sig,
            Model model, HttpServletRequest request) {
        return page(answers.open(id, seconds(expires), sig), model, request, null);
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String expires,
            @RequestParam(required = false) String sig) {
        PublicQuote quote = answers.open(id, seconds(expires), sig);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(quote.quote().label() + ".pdf").build()
                        .toString())
                .body(answers.pdf(id, seconds(expires), sig));
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String expires, @RequestParam(required = false) String sig,
            @RequestParam(required = false) String name, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            return page(answers.accept(id, seconds(expires), sig, name, request.getRemoteAddr()), model, request, "accepted");
        }
        catch (InvalidInputException invalid) {
            return invalid(id, expires, sig, invalid, model, request, response);
        }
    }

    @PostMapping("/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String expires, @RequestParam(required = false) String sig,
            @RequestParam(required = false) String name, @RequestParam(required = false) String reason, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            return page(answers.decline(id, seconds(expires), sig, name, reason, request.getRemoteAddr()), model, request, "declined");
        }
        catch (InvalidInputException invalid) {
            return invalid(id, expires, sig, invalid, model, request, response);
        }
    }

    @ExceptionHandler(QuoteLinkRefusedException.class)
    String refused(QuoteLinkRefusedException refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.reason().forbidden() ? HttpStatus.FORBIDDEN.value() : HttpStatus.GONE.value());
        model.addAttribute("reason", refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return "billing/quotes/public-refused";
    }

    private String invalid(long id, String expires, String sig, InvalidInputException invalid, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        PublicQuote quote = answers.open(id, seconds(expires), sig);
        Locale language = Locale.forLanguageTag(quote.quote().language());
        invalid.problems().forEach(problem -> model.addAttribute("error_" + problem.field(),
                messages.getMessage(problem.messageCode(), problem.arguments(), language)));
        return page(quote, model, request, null);
    }

    private static String page(PublicQuote quote, Model model, HttpServletRequest request, String answered) {
        // The customer reads the quotation in its own language, whatever the browser says.
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Locale.forLanguageTag(quote.quote().language()));
        model.addAttribute("view", quote);
        model.addAttribute("quote", quote.quote());
        model.addAttribute("answered", answered);
        return "billing/quotes/public-quote";
    }

    /** The link's expiry; anything but a number is a link that was tampered with. */
    private static long seconds(String expires) {
        try {
            return Long.parseLong(expires);
        }
        catch (NumberFormatException | NullPointerException notANumber) {
            throw new QuoteLinkRefusedException(Reason.BAD_SIGNATURE);
        }
    }
}
