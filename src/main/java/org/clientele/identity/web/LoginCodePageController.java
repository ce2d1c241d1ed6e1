package org.clientele.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.identity.TwoFactorSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in, for users with two-factor sign-in: public, like the sign-in page,
 * because nobody is signed in yet. Without a sign-in awaiting its code it leads back to the start.
 * {@code ?recovery} asks for a recovery code instead of the app's; {@code ?error} says the last
 * code was refused.
 */
@Controller
class LoginCodePageController {

    private final TwoFactorSignIn signIn;

    LoginCodePageController(TwoFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login/code")
    String codePage(HttpServletRequest request, Model model) {
        if (!signIn.awaitingCode(request)) {
            return "redirect:/login";
        }
        model.addAttribute("recovery", has(request, "recovery"));
        model.addAttribute("error", has(request, "error"));
        return "identity/login-code";
    }

    @PostMapping("/login/code")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
        TwoFactorSignIn.Result result = signIn.complete(request, response, code);
        return switch (result.outcome()) {
            case SIGNED_IN -> "redirect:" + result.redirectUrl();
            case REJECTED -> has(request, "recovery") ? "redirect:/login/code?recovery&error" : "redirect:/login/code?error";
            case EXPIRED -> "redirect:/login?expired";
            case LOCKED -> "redirect:/login?locked";
        };
    }

    /** Whether the flag is in the query, with or without a value. */
    private static boolean has(HttpServletRequest request, String flag) {
        return request.getParameterMap().containsKey(flag);
    }
}
