package org.clientele.billing.pricing.web;

import java.math.BigDecimal;
import java.util.function.Supplier;

import org.clientele.billing.pricing.TaxRateForm;
import org.clientele.billing.pricing.TaxRateManagement;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.platform.Flash;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration › Tax rates: add, change, deactivate and mark the default. */
@Controller
@RequestMapping("/admin/tax-rates")
@PreAuthorize("hasAuthority('settings:admin')")
class TaxRatePageController {

    private static final String PAGE = "redirect:/admin/tax-rates";

    private final TaxRateManagement rates;

    TaxRatePageController(TaxRateManagement rates) {
        this.rates = rates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rates", rates.all());
        return "billing/tax-rates";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String percent,
            @RequestParam(defaultValue = "false") boolean includedByDefault, RedirectAttributes redirect) {
        return act(redirect, () -> rates.create(new TaxRateForm(name, decimal(percent), includedByDefault)), "tax-rates.added");
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String percent,
            @RequestParam(defaultValue = "false") boolean includedByDefault, RedirectAttributes redirect) {
        return act(redirect, () -> rates.change(id, new TaxRateForm(name, decimal(percent), includedByDefault)), "tax-rates.saved");
    }

    @PostMapping("/{id}/active")
    String activate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, () -> rates.activate(id, active), active ? "tax-rates.activated" : "tax-rates.deactivated");
    }

    @PostMapping("/{id}/default")
    String markDefault(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> rates.markDefault(id), "tax-rates.default-set");
    }

    private static String act(RedirectAttributes redirect, Supplier<TaxRateView> action, String doneKey) {
        try {
            TaxRateView rate = action.get();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, rate.name()));
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(problem.messageCode(), problem.arguments()));
        }
        return PAGE;
    }

    /** A percent as typed, with a comma or a point; text that is no number is left to the service to refuse as missing. */
    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("percent", "validation.billing.percent");
        }
    }
}
