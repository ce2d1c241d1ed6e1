package org.clientele.sales.currencies.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.sales.currencies.CurrencyManagement;
import org.clientele.sales.currencies.ExchangeRateList;
import org.clientele.sales.currencies.ExchangeRateManagement;
import org.clientele.sales.currencies.ExchangeRateView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** Administration › Currencies › Exchange rates: the dated rates per pair; administrators add, change and delete them. */
@Controller
@RequestMapping(RateListFilters.PATH)
class ExchangeRatePageController {

    private static final String LIST = "redirect:" + RateListFilters.PATH;

    private final ExchangeRateList list;
    private final ExchangeRateManagement management;
    private final CurrencyManagement currencies;

    ExchangeRatePageController(ExchangeRateList list, ExchangeRateManagement management, CurrencyManagement currencies) {
        this.list = list;
        this.management = management;
        this.currencies = currencies;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Model model, HttpServletRequest request, HttpServletResponse response) {
        RateListFilters filters = new RateListFilters(from, to, date, sort);
        model.addAttribute("filters", filters);
        model.addAttribute("page", list.page(filters.toFilter(), PageRequest.of(null, filters.sort(), cursor, ExchangeRateList.DEFAULT_SORT)));
        model.addAttribute("codes", currencies.known());
        return HtmxRequests.wantsFragment(request, response) ? "sales/currencies/rates :: results" : "sales/currencies/rates";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('settings:admin')")
    String newRate(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        RatePageForm form = new RatePageForm();
        form.setFrom(from == null ? currencies.reportingCurrency().value() : from);
        form.setTo(to);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@ModelAttribute("form") RatePageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            ExchangeRateView created = management.create(form.toForm());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("exchange-rates.saved", created.from().value(), created.to().value(),
                    created.date().toString()));
            return LIST + "?from=" + created.from() + "&to=" + created.to();
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('settings:admin')")
    String edit(@PathVariable long id, Model model) {
        return form(model, RatePageForm.of(existing(id)), existing(id));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable long id, @ModelAttribute("form") RatePageForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ExchangeRateView current = existing(id);
        try {
            ExchangeRateView changed = management.change(id, form.toForm());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("exchange-rates.saved", changed.from().value(), changed.to().value(),
                    changed.date().toString()));
            return LIST + "?from=" + changed.from() + "&to=" + changed.to();
        }
        catch (InvalidInputException ex) {
            FormErrors.reject(errors, ex);
            return form(model, form, current);
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("rate", existing(id));
        return "sales/currencies/rate-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('settings:admin')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ExchangeRateView rate = existing(id);
        management.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("exchange-rates.deleted", rate.from().value(), rate.to().value(),
                rate.date().toString()));
        return LIST + "?from=" + rate.from() + "&to=" + rate.to();
    }

    private String form(Model model, RatePageForm form, ExchangeRateView rate) {
        model.addAttribute("form", form);
        model.addAttribute("rate", rate);
        model.addAttribute("codes", currencies.known());
        return "sales/currencies/rate-form";
    }

    private ExchangeRateView existing(long id) {
        return management.find(id).orElseThrow(() -> new RecordNotFoundException("ExchangeRate", id));
    }
}
