package org.clientele.sales.currencies.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.clientele.platform.Flash;
import org.clientele.sales.currencies.CurrencyManagement;
import org.clientele.sales.currencies.ExchangeRateLoading;
import org.clientele.sales.currencies.LoadResult;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration › Currencies: the currencies in use and the reporting currency, and loading rates
 * now. Sales users see it; administrators change it.
 */
@Controller
@RequestMapping("/admin/currencies")
class CurrencyPageController {

    private static final Logger log = LoggerFactory.getLogger(CurrencyPageController.class);
    private static final String HOME = "redirect:/admin/currencies";

    private final CurrencyManagement currencies;
    private final ExchangeRateLoading loading;

    CurrencyPageController(CurrencyManagement currencies, ExchangeRateLoading loading) {
        this.currencies = currencies;
        this.loading = loading;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String overview(Model model) {
        List<CurrencyCode> inUse = currencies.inUse();
        model.addAttribute("inUse", inUse);
        model.addAttribute("reporting", currencies.reportingCurrency());
        model.addAttribute("addable", currencies.known().stream().filter(code -> !inUse.contains(code)).toList());
        model.addAttribute("sources", loading.sourceNames());
        return "sales/currencies/currencies";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String add(@RequestParam(required = false) String code, RedirectAttributes redirect) {
        return act(redirect, () -> Flash.success("currencies.added", currencies.add(code).value()));
    }

    @PostMapping("/{code}/remove")
    @PreAuthorize("hasAuthority('settings:admin')")
    String remove(@PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, () -> {
            currencies.remove(code);
            return Flash.success("currencies.removed", code);
        });
    }

    @PostMapping("/reporting")
    @PreAuthorize("hasAuthority('settings:admin')")
    String changeReporting(@RequestParam(required = false) String code, RedirectAttributes redirect) {
        return act(redirect, () -> Flash.success("currencies.reporting-changed", currencies.changeReportingCurrency(code).value()));
    }

    @PostMapping("/load")
    @PreAuthorize("hasAuthority('settings:admin')")
    String loadNow(RedirectAttributes redirect) {
        if (loading.sourceNames().isEmpty()) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("currencies.load.off"));
            return HOME;
        }
        try {
            for (LoadResult result : loading.loadAll()) {
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("currencies.load.done", result.source(), result.added(),
                        result.updated(), result.unchanged(), result.keptManual()));
            }
        }
        catch (IOException | RuntimeException ex) {
            log.warn("Loading exchange rates failed", ex);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("currencies.load.failed", String.valueOf(ex.getMessage())));
        }
        return HOME;
    }

    /** Does the change and says how it went; refused input becomes a warning, as the page has no field to put it next to. */
    private static String act(RedirectAttributes redirect, Supplier<Flash> change) {
        try {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, change.get());
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return HOME;
    }
}
