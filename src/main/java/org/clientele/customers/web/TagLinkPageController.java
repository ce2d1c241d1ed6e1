package org.clientele.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TaggedType;
import org.clientele.platform.HtmxRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding and removing tags on the detail page of a company, contact or lead: htmx swaps the tag
 * card in place; without JavaScript the page is shown again.
 */
@Controller
class TagLinkPageController {

    private final TagManagement tags;
    private final RecordPageExtras pageExtras;

    TagLinkPageController(TagManagement tags, RecordPageExtras pageExtras) {
        this.tags = tags;
        this.pageExtras = pageExtras;
    }

    @PostMapping({"/companies/{id}/tags", "/contacts/{id}/tags", "/leads/{id}/tags"})
    @PreAuthorize("hasAuthority('customers:write')")
    String add(@PathVariable long id, @RequestParam(required = false) Long tagId, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        TaggedType type = TaggedPaths.typeOf(request);
        if (tagId == null) {
            tags.checkVisible(type, id);
        }
        else {
            tags.tag(type, id, tagId);
        }
        return card(type, id, model, request, response);
    }

    @PostMapping({"/companies/{id}/tags/{tagId}/remove", "/contacts/{id}/tags/{tagId}/remove", "/leads/{id}/tags/{tagId}/remove"})
    @PreAuthorize("hasAuthority('customers:write')")
    String remove(@PathVariable long id, @PathVariable long tagId, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        TaggedType type = TaggedPaths.typeOf(request);
        tags.untag(type, id, tagId);
        return card(type, id, model, request, response);
    }

    private String card(TaggedType type, long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!HtmxRequests.wantsFragment(request, response)) {
            return "redirect:/" + type.path() + "/" + id;
        }
        model.addAttribute("tagCard", pageExtras.card(type, id));
        return "customers/fragments/tags :: card";
    }
}
