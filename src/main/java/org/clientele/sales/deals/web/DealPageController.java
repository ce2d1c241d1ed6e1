package org.clientele.sales.deals.web;

import java.util.ArrayList;
import java.util.List;

import org.clientele.customers.CustomerPicker;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.deals.ClosingReasonManagement;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.PipelineView;
import org.clientele.shared.InvalidInputException;
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
 * Deals on pages: create (also from a company's or contact's page), edit, delete, and the
 * detail page with its stage actions, product lines and stage history. The list and the board
 * at {@code /deals} are pages of their own.
 */
@Controller
@RequestMapping("/deals")
class DealPageController {

    private final DealManagement deals;
    private final PipelineManagement pipelines;
    private final ClosingReasonManagement reasons;
    private final DealPageOptions options;
    private final DealDetails details;
    private final CustomerPicker picker;

    DealPageController(DealManagement deals, PipelineManagement pipelines, ClosingReasonManagement reasons,
            DealPageOptions options, DealDetails details, CustomerPicker picker) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.reasons = reasons;
        this.options = options;
        this.details = details;
        this.picker = picker;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('sales:write')")
    String newDeal(@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long contactId,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("form", DealPageForm.of(deals.newForm(me.userId(), companyId, contactId), null));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('sales:write')")
    String create(@ModelAttribute("form") DealPageForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser me,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                DealView created = deals.create(me.userId(), form.toForm(null, me.userId()));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("deals.created", created.name()));
                return "redirect:/deals/" + created.id();
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
        details.addTo(model, deal(id));
        return "sales/deals/deal";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('sales:write')")
    String edit(@PathVariable long id, Model model) {
        DealView deal = deal(id);
        model.addAttribute("form", DealPageForm.of(deal));
        return form(model, deal);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    String change(@PathVariable long id, @ModelAttribute("form") DealPageForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        DealView deal = deal(id);
        if (!errors.hasErrors()) {
            try {
                DealView saved = deals.change(id, form.toForm(deal, me.userId()), form.version());
                if (deals.find(id).isEmpty()) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.info("deals.saved-out-of-sight", saved.name()));
                    return "redirect:/deals";
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("deals.saved"));
                return "redirect:/deals/" + id;
            }
            catch (InvalidInputException ex) {
                FormErrors.reject(errors, ex);
            }
            catch (ObjectOptimisticLockingFailureException ex) {
                errors.reject("customers.changed-meanwhile");
            }
        }
        return form(model, deal);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("deal", deal(id));
        return "sales/deals/deal-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        DealView deal = deal(id);
        deals.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("deals.deleted", deal.name()));
        return "redirect:/deals";
    }

    /** The company choices matching what was typed, as options for the form's select. */
    @GetMapping("/company-options")
    @PreAuthorize("hasAuthority('sales:write')")
    String companyOptions(@RequestParam(required = false) String companySearch, @RequestParam(required = false) Long companyId,
            Model model) {
        return picker.companyOptions(model, companySearch, companyId);
    }

    @GetMapping("/contact-options")
    @PreAuthorize("hasAuthority('sales:write')")
    String contactOptions(@RequestParam(required = false) String contactSearch, @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) Long contactId, Model model) {
        return picker.contactOptions(model, contactSearch, companyId, contactId);
    }

    private DealView deal(long id) {
        return deals.find(id).orElseThrow(() -> new RecordNotFoundException("Deal", id));
    }

    private String form(Model model, DealView deal) {
        DealPageForm form = (DealPageForm) model.getAttribute("form");
        model.addAttribute("deal", deal);
        List<Long> people = new ArrayList<>(form.coOwnerIds() == null ? List.of() : form.coOwnerIds());
        people.add(form.ownerId());
        model.addAttribute("users", options.users(people));
        model.addAttribute("teams", options.teams());
        List<PipelineView> offered = pipelines.offeredTo(form.teamId());
        model.addAttribute("pipelines", offered.isEmpty() ? pipelines.offeredTo(null) : offered);
        model.addAttribute("reasons", reasons.offeredTo(form.teamId()));
        picker.offerCompanies(model, form.companyId());
        picker.offerContacts(model, form.companyId(), form.contactId());
        return "sales/deals/deal-form";
    }
}
