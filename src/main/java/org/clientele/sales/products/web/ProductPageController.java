package org.clientele.sales.products.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.platform.Flash;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.sales.products.CategoryManagement;
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductFilter;
import org.clientele.sales.products.ProductKind;
import org.clientele.sales.products.ProductManagement;
import org.clientele.sales.products.ProductStage;
import org.clientele.sales.products.ProductView;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Products on pages: the list with search, filters and sort; details with the product's prices
 * on price lists and its stage history; create, edit, move to another stage, take off sale, and
 * delete while nothing uses it.
 */
@Controller
@RequestMapping("/products")
class ProductPageController {

    static final int PAGE_SIZE = 25;

    private final ProductManagement products;
    private final ProductCatalog catalog;
    private final CategoryManagement categories;
    private final ReferenceDataManagement referenceData;
    private final ExchangeRates exchangeRates;

    ProductPageController(ProductManagement products, ProductCatalog catalog, CategoryManagement categories,
            ReferenceDataManagement referenceData, ExchangeRates exchangeRates) {
        this.products = products;
        this.catalog = catalog;
        this.categories = categories;
        this.referenceData = referenceData;
        this.exchangeRates = exchangeRates;
    }

    /** The whole page, or only the results when htmx refreshes them after a filter changed. */
    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean onSale,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Model model, HttpServletRequest request, HttpServletResponse response) {
        ProductKind chosenKind = enumOrNull(ProductKind.class, kind);
        ProductStage chosenStage = enumOrNull(ProductStage.class, stage);
        ProductFilter filter = new ProductFilter(q, categoryId, chosenKind, onSale, chosenStage);
        String effectiveSort = sort != null && ProductManagement.sorts().contains(sort) ? sort : ProductManagement.defaultSort();
        model.addAttribute("page", products.list(filter, pageRequest(effectiveSort, cursor)));
        model.addAttribute("filters", new ProductListFilters(q, categoryId, chosenKind, onSale, chosenStage, effectiveSort));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("categories", categories.tree());
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("stages", ProductStage.values());
        return HtmxRequests.wantsFragment(request, response) ? "sales/products/products :: results" : "sales/products/products";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('sales:write')")
    String newProduct(Model model) {
        model.addAttribute("form", ProductPageForm.of(products.newForm(exchangeRates.reportingCurrency().value()), null));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('sales:write')")
    String create(@ModelAttribute("form") ProductPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ProductView created = products.create(me.userId(), form.toForm());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.created", created.name()));
                return "redirect:/products/" + created.id();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    String show(@PathVariable long id, Model model) {
        ProductView product = product(id);
        model.addAttribute("product", product);
        model.addAttribute("categoryNames", categories.names());
        model.addAttribute("prices", catalog.listedPrices(id));
        model.addAttribute("companyTypes", referenceData.names(ReferenceKind.COMPANY_TYPE));
        model.addAttribute("history", products.stageHistory(id));
        model.addAttribute("stages", ProductStage.values());
        model.addAttribute("inUse", products.inUse(id));
        return "sales/products/product";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('sales:write')")
    String edit(@PathVariable long id, Model model) {
        ProductView product = product(id);
        model.addAttribute("form", ProductPageForm.of(product));
        return form(model, product);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @ModelAttribute("form") ProductPageForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        ProductView product = product(id);
        if (!errors.hasErrors()) {
            try {
                products.change(id, form.toForm(), form.version(), me.userId());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.saved"));
                return "redirect:/products/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("products.changed-meanwhile");
            }
        }
        return form(model, product);
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('sales:write')")
    String moveToStage(@PathVariable long id, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String back, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        product(id);
        ProductStage next = enumOrNull(ProductStage.class, stage);
        if (next == null) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("validation.products.stage-unknown"));
        }
        else {
            products.moveToStage(id, next, me.userId());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.stage.moved"));
        }
        return "tracker".equals(back) ? "redirect:/products/tracker" : "redirect:/products/" + id;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('sales:write')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        products.withdraw(product(id).id());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.withdrawn"));
        return "redirect:/products/" + id;
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("product", product(id));
        model.addAttribute("inUse", products.inUse(id));
        return "sales/products/product-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ProductView product = product(id);
        try {
            products.delete(id);
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.messageCode()));
            return "redirect:/products/" + id;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("products.deleted", product.name()));
        return "redirect:/products";
    }

    /** The page to show; a cursor that does not fit (an edited or outdated link) starts from the first page. */
    static PageRequest pageRequest(String sort, String cursor) {
        try {
            return PageRequest.of(PAGE_SIZE, sort, cursor, sort);
        }
        catch (InvalidInputException ex) {
            return PageRequest.of(PAGE_SIZE, sort, null, sort);
        }
    }

    /** The constant a parameter names in any case, {@code null} when it names none. */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private ProductView product(long id) {
        return products.find(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
    }

    private String form(Model model, ProductView product) {
        model.addAttribute("product", product);
        Long current = product == null ? null : product.categoryId();
        model.addAttribute("categories", categories.tree().stream()
                .filter(category -> category.active() || Long.valueOf(category.id()).equals(current)).toList());
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("stages", ProductStage.values());
        return "sales/products/product-form";
    }
}
