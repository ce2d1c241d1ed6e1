package org.clientele.customers.web;

import java.util.List;
import java.util.Map;

import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactSummary;
import org.clientele.customers.Countries;
import org.clientele.customers.SegmentKind;
import org.clientele.customers.SegmentManagement;
import org.clientele.customers.SegmentSummary;
import org.clientele.customers.SegmentView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.platform.Flash;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
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
 * Segments on pages: the list with the number of members the reader may see, a segment's members
 * page by page, a new static segment, the contact list's filter saved as a dynamic one, deletion.
 */
@Controller
@RequestMapping("/segments")
class SegmentPageController {

    private final SegmentManagement segments;
    private final TagManagement tags;
    private final PageChoices choices;

    SegmentPageController(SegmentManagement segments, TagManagement tags, PageChoices choices) {
        this.segments = segments;
        this.tags = tags;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    String list(Model model) {
        model.addAttribute("summaries", segments.all());
        model.addAttribute("countLimit", SegmentManagement.COUNT_LIMIT);
        return "customers/segments";
    }

    /** A static segment from the segments page, or the contact list's filters saved as a dynamic one. */
    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) SegmentKind kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) Long tag, RedirectAttributes redirect) {
        String code = Countries.isKnown(Countries.normalize(country)) ? Countries.normalize(country) : null;
        try {
            SegmentView created = segments.create(name, kind, new ContactFilter(q, ownerId, teamId, code, companyId, null, tag));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("segments.created", created.name()));
            return "redirect:/segments/" + created.id();
        }
        catch (InvalidInputException ex) {
            InvalidInputException.FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(problem.messageCode(), problem.arguments()));
            return kind == SegmentKind.DYNAMIC ? "redirect:/contacts" : "redirect:/segments";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    String show(@PathVariable long id, @RequestParam(required = false) String cursor, Model model) {
        SegmentSummary summary = segment(id);
        CursorPage<ContactSummary> page = segments.members(id, ListPages.pageRequest(ContactManagement.defaultSort(), cursor));
        Map<Long, List<TagView>> rowTags = tags.tagsOf(TaggedType.CONTACT, page.data().stream().map(ContactSummary::id).toList());
        model.addAttribute("summary", summary);
        model.addAttribute("page", page);
        model.addAttribute("rowTags", rowTags);
        model.addAttribute("userNames", choices.usersWith(page.data().stream().map(ContactSummary::ownerId).toList()));
        model.addAttribute("teamNames", choices.teamNames());
        model.addAttribute("tagNames", tags.all().stream().collect(java.util.stream.Collectors.toMap(TagView::id, TagView::name)));
        return "customers/segment";
    }

    /** From a contact's page: lists the contact in a static segment and shows the contact again. */
    @PostMapping("/members")
    @PreAuthorize("hasAuthority('customers:write')")
    String addMember(@RequestParam long segmentId, @RequestParam long contactId, RedirectAttributes redirect) {
        segments.addMembers(segmentId, List.of(contactId));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("segments.member-added", segment(segmentId).segment().name()));
        return "redirect:/contacts/" + contactId;
    }

    /** @param back the contact's page when taken out there, else the segment's page */
    @PostMapping("/{id}/members/{contactId}/remove")
    @PreAuthorize("hasAuthority('customers:write')")
    String removeMember(@PathVariable long id, @PathVariable long contactId, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        segments.removeMember(id, contactId);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("segments.member-removed"));
        return ("/contacts/" + contactId).equals(back) ? "redirect:" + back : "redirect:/segments/" + id;
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("summary", segment(id));
        return "customers/segment-delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SegmentSummary summary = segment(id);
        segments.delete(id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("segments.deleted", summary.segment().name()));
        return "redirect:/segments";
    }

    private SegmentSummary segment(long id) {
        return segments.find(id).orElseThrow(() -> new RecordNotFoundException("Segment", id));
    }
}
