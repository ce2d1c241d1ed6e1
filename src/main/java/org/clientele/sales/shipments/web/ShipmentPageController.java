package org.clientele.sales.shipments.web;

import java.time.LocalDate;

import org.clientele.platform.Flash;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.sales.shipments.ShipmentManagement;
import org.clientele.sales.shipments.ShipmentTracker;
import org.clientele.sales.shipments.ShipmentView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shipments on pages: the delivery tracker (to ship, shipped), a deal's shipments panel, and the
 * form to plan, record, change and delete a shipment.
 */
@Controller
class ShipmentPageController {

    private final ShipmentManagement shipments;
    private final ShipmentTracker tracker;
    private final DealManagement deals;

    ShipmentPageController(ShipmentManagement shipments, ShipmentTracker tracker, DealManagement deals) {
        this.shipments = shipments;
        this.tracker = tracker;
        this.deals = deals;
    }

    @GetMapping("/shipments")
    @PreAuthorize("hasAuthority('sales:read')")
    String tracker(@RequestParam(defaultValue = "open") String tab, @RequestParam(required = false) String cursor, Model model) {
        boolean shipped = tab.equals("shipped");
        PageRequest page = PageRequest.of(null, shipped ? "-shippedOn" : "plannedOn", cursor, shipped ? "-shippedOn" : "plannedOn");
        model.addAttribute("tab", shipped ? "shipped" : "open");
        model.addAttribute("page", shipped ? tracker.shipped(page) : tracker.toShip(page));
        model.addAttribute("today", LocalDate.now());
        return "sales/shipments/tracker";
    }

    @GetMapping("/deals/{dealId}/shipments")
    @PreAuthorize("hasAuthority('sales:read')")
    String dealPanel(@PathVariable long dealId, Model model) {
        model.addAttribute("deal", deal(dealId));
        model.addAttribute("shipments", shipments.forDeal(dealId));
        model.addAttribute("today", LocalDate.now());
        return "sales/shipments/fragments/deal-shipments :: panel";
    }

    @GetMapping("/deals/{dealId}/shipments/new")
    @PreAuthorize("hasAuthority('sales:write')")
    String newShipment(@PathVariable long dealId, @RequestParam(required = false) Long lineId, Model model) {
        DealView deal = deal(dealId);
        Long chosen = lineId != null ? lineId : deal.lines().isEmpty() ? null : deal.lines().get(0).id();
        model.addAttribute("form", ShipmentPageForm.forLine(chosen, null));
        return form(model, deal, null);
    }

    @PostMapping("/deals/{dealId}/shipments")
    @PreAuthorize("hasAuthority('sales:write')")
    String plan(@PathVariable long dealId, @ModelAttribute("form") ShipmentPageForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DealView deal = deal(dealId);
        if (!errors.hasErrors()) {
            try {
                ShipmentView planned = shipments.plan(dealId, form.toForm());
                redirect.addFlashAttribute(Flash.ATTRIBUTE,
                        Flash.success(planned.shipped() ? "shipments.recorded" : "shipments.planned", planned.description()));
                return "redirect:/deals/" + dealId;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        return form(model, deal, null);
    }

    @GetMapping("/shipments/{id}/edit")
    @PreAuthorize("hasAuthority('sales:write')")
    String edit(@PathVariable long id, Model model) {
        ShipmentView shipment = shipment(id);
        model.addAttribute("form", ShipmentPageForm.of(shipment));
        return form(model, deal(shipment.dealId()), shipment);
    }

    @PostMapping("/shipments/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @ModelAttribute("form") ShipmentPageForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ShipmentView shipment = shipment(id);
        if (!errors.hasErrors()) {
            try {
                shipments.change(id, form.toForm(), form.version());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("shipments.saved", shipment.description()));
                return "redirect:/deals/" + shipment.dealId();
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, deal(shipment.dealId()), shipment);
    }

    @PostMapping("/shipments/{id}/shipped")
    @PreAuthorize("hasAuthority('sales:write')")
    String markShipped(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedOn,
            @RequestParam(defaultValue = "deal") String back, RedirectAttributes redirect) {
        ShipmentView shipment = shipment(id);
        try {
            shipments.markShipped(id, shippedOn);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("shipments.recorded", shipment.description()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return back.equals("tracker") ? "redirect:/shipments" : "redirect:/deals/" + shipment.dealId();
    }

    @GetMapping("/shipments/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        ShipmentView shipment = shipment(id);
        model.addAttribute("shipment", shipment);
        model.addAttribute("deal", deal(shipment.dealId()));
        return "sales/shipments/delete";
    }

    @PostMapping("/shipments/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ShipmentView shipment = shipment(id);
        shipments.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("shipments.deleted", shipment.description()));
        return "redirect:/deals/" + shipment.dealId();
    }

    private String form(Model model, DealView deal, ShipmentView shipment) {
        model.addAttribute("deal", deal);
        model.addAttribute("shipment", shipment);
        return "sales/shipments/form";
    }

    private DealView deal(long dealId) {
        return deals.find(dealId).orElseThrow(() -> new RecordNotFoundException("Deal", dealId));
    }

    private ShipmentView shipment(long id) {
        return shipments.find(id).orElseThrow(() -> new RecordNotFoundException("Shipment", id));
    }
}
