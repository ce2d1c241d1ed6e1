package org.clientele.sales.products.web;

import org.clientele.sales.products.ProductManagement;
import org.clientele.sales.products.ProductStage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The product tracker: a column per stage with the products in it and the day each entered it. */
@Controller
class TrackerPageController {

    /** Products shown per stage; the list filtered by the stage shows them all. */
    static final int PER_STAGE = 50;

    private final ProductManagement products;

    TrackerPageController(ProductManagement products) {
        this.products = products;
    }

    @GetMapping("/products/tracker")
    @PreAuthorize("hasAuthority('sales:read')")
    String tracker(Model model) {
        model.addAttribute("columns", products.tracker(PER_STAGE).values());
        model.addAttribute("stages", ProductStage.values());
        return "sales/products/tracker";
    }
}
