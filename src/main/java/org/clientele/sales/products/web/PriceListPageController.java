package org.clientele.sales.products.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.Flash;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.sales.products.PriceListManagement;
import org.clientele.sales.products.PriceListView;
import org.clientele.sales.products.ProductFilter;
import org.clientele.sales.products.ProductManagement;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Price lists on pages: the list, one list's prices, a form whose entries are edited in place, and deletion after a confirmation. */
@Controller
@RequestMapping("/price-lists")
class PriceListPageController {

    private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(productId|price)");
    /** Products a price list form offers; a catalogue larger than this is priced through the API. */
    private static final int PRODUCT_CHOICES = 200;

    private final PriceListManagement priceLists;
    private final ProductManagement products;
    private final ReferenceDataManagement referenceData;
    private final ExchangeRates exchangeRates;

    PriceListPageController(PriceListManagement priceLists, ProductManagement products, ReferenceDataManagement referenceData,
            ExchangeRates exchangeRates) {
        this.priceLists = priceLists;
        this.products = products;
        this.referenceData = referenceData;
        this.exchangeRates = exchangeRates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(@RequestParam(required = false) String cursor, Model model) {
        PageRequest page;
        try {
            page = PageRequest.of(ProductPageController.PAGE_SIZE, null, cursor, "createdAt");
        }
        catch (InvalidInputException ex) {
            page = PageRequest.of(ProductPageController.PAGE_SIZE, null, null, "createdAt");
        }
        CursorPage<PriceListView> lists = priceLists.list(page);
        model.addAttribute("page", lists);
        model.addAttribute("companyTypes", referenceData.names(ReferenceKind.COMPANY_TYPE));
        return "sales/products/price-lists";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('sales:write')")
    String newList(Model model) {
        return form(model, null, PriceListPageForm.empty(exchangeRates.reportingCurrency().value()), PriceListPageForm.BLANK_ROWS, Map.of());
    }

    /** Saves, or with {@code more} shows the form again with further blank rows. */
    @PostMapping
    @PreAuthorize("hasAuthority('sales:write')")
    String create(@ModelAttribute("form") PriceListPageForm form, BindingResult errors, @RequestParam(required = false) String more,
            Model model, RedirectAttributes redirect) {
        if (more != null || errors.hasErrors()) {
            return form(model, null, form, PriceListPageForm.BLANK_ROWS * (more != null ? 2 : 1), Map.of());
        }
        List<Integer> filled = form.filledRows();
        try {
            PriceListView created = priceLists.create(form.toForm(filled));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("price-lists.created", created.name()));
            return "redirect:/price-lists/" + created.id();
        }
        catch (InvalidInputException ex) {
            return form(model, null, form, PriceListPageForm.BLANK_ROWS, rejected(ex, errors, filled));
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("priceList", priceList(id));
        model.addAttribute("companyTypes", referenceData.names(ReferenceKind.COMPANY_TYPE));
        return "sales/products/price-list";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('sales:write')")
    String edit(@PathVariable long id, Model model) {
        PriceListView list = priceList(id);
        return form(model, list, PriceListPageForm.of(list), PriceListPageForm.BLANK_ROWS, Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @ModelAttribute("form") PriceListPageForm form, BindingResult errors,
            @RequestParam(required = false) String more, Model model, RedirectAttributes redirect) {
        PriceListView list = priceList(id);
        if (more != null || errors.hasErrors()) {
            return form(model, list, form, PriceListPageForm.BLANK_ROWS * (more != null ? 2 : 1), Map.of());
        }
        List<Integer> filled = form.filledRows();
        try {
            priceLists.change(id, form.toForm(filled), form.version());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("price-lists.saved"));
            return "redirect:/price-lists/" + id;
        }
        catch (InvalidInputException ex) {
            return form(model, list, form, PriceListPageForm.BLANK_ROWS, rejected(ex, errors, filled));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            errors.reject("products.changed-meanwhile");
            return form(model, list, form, PriceListPageForm.BLANK_ROWS, Map.of());
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("priceList", priceList(id));
        return "sales/products/price-list-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        PriceListView list = priceList(id);
        priceLists.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("price-lists.deleted", list.name()));
        return "redirect:/price-lists";
    }

    /** Puts the list's problems next to its fields and returns those of the entries by row, as message codes. */
    private static Map<String, String> rejected(InvalidInputException ex, BindingResult errors, List<Integer> filled) {
        Map<String, String> entryErrors = new HashMap<>();
        for (FieldProblem problem : ex.problems()) {
            Matcher entry = ENTRY_FIELD.matcher(problem.field());
            if (entry.matches()) {
                entryErrors.putIfAbsent(filled.get(Integer.parseInt(entry.group(1))) + "." + entry.group(2), problem.messageCode());
            }
            else {
                errors.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), null);
            }
        }
        return entryErrors;
    }

    private static String label(String name, String code) {
        return code == null ? name : name + " (" + code + ")";
    }

    private PriceListView priceList(long id) {
        return priceLists.find(id).orElseThrow(() -> new RecordNotFoundException("PriceList", id));
    }

    private String form(Model model, PriceListView list, PriceListPageForm form, int blankRows, Map<String, String> entryErrors) {
        model.addAttribute("priceList", list);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows(blankRows));
        model.addAttribute("entryErrors", entryErrors);
        Map<String, String> choices = new LinkedHashMap<>();
        products.list(ProductFilter.none(), new PageRequest(PRODUCT_CHOICES, "name", null)).data()
                .forEach(product -> choices.put(Long.toString(product.id()), label(product.name(), product.code())));
        if (list != null) {
            list.entries().forEach(entry -> choices.putIfAbsent(Long.toString(entry.productId()),
                    label(entry.productName(), entry.productCode())));
        }
        model.addAttribute("productChoices", choices);
        model.addAttribute("companyTypes", referenceData.all(ReferenceKind.COMPANY_TYPE).stream()
                .filter(type -> type.active() || (list != null && Long.valueOf(type.id()).equals(list.companyTypeId()))).toList());
        return "sales/products/price-list-form";
    }
}
