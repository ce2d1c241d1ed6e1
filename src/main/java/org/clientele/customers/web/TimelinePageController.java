package org.clientele.customers.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.EntryDirection;
import org.clientele.customers.TimelineEntryView;
import org.clientele.customers.TimelineKind;
import org.clientele.customers.TimelineManagement;
import org.clientele.customers.TimelineSubject;
import org.clientele.platform.Flash;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The timeline on a company's, a contact's or a lead's page: one handler answers htmx with a fragment and
 * a browser without JavaScript with the whole page; the forms post by htmx and put the new entry
 * on top, or post as plain forms and redirect back. A detail page includes
 * {@code customers/fragments/timeline :: timeline('/companies/' + id + '/timeline')}.
 */
@Controller
class TimelinePageController {

    static final String FRAGMENTS = "customers/fragments/timeline";
    private static final String HX_REQUEST = "HX-Request";

    private final TimelineManagement timeline;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;

    TimelinePageController(TimelineManagement timeline, CompanyManagement companies, ContactManagement contacts,
            LeadManagement leads) {
        this.leads = leads;
        this.timeline = timeline;
        this.companies = companies;
        this.contacts = contacts;
    }

    @GetMapping("/companies/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    String companyTimeline(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String cursor, @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            Model model) {
        return show(TimelineSubject.company(id), kind, cursor, htmx != null, model);
    }

    @GetMapping("/contacts/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    String contactTimeline(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String cursor, @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            Model model) {
        return show(TimelineSubject.contact(id), kind, cursor, htmx != null, model);
    }

    @PostMapping("/contacts/{id}/timeline/notes")
    @PreAuthorize("hasAuthority('customers:write')")
    String addContactNote(@PathVariable long id, @ModelAttribute("noteForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.NOTE, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/contacts/{id}/timeline/calls")
    @PreAuthorize("hasAuthority('customers:write')")
    String logContactCall(@PathVariable long id, @ModelAttribute("callForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.CALL, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/contacts/{id}/timeline/meetings")
    @PreAuthorize("hasAuthority('customers:write')")
    String logContactMeeting(@PathVariable long id, @ModelAttribute("meetingForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.MEETING, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/companies/{id}/timeline/notes")
    @PreAuthorize("hasAuthority('customers:write')")
    String addNote(@PathVariable long id, @ModelAttribute("noteForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.NOTE, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/companies/{id}/timeline/calls")
    @PreAuthorize("hasAuthority('customers:write')")
    String logCall(@PathVariable long id, @ModelAttribute("callForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.CALL, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/companies/{id}/timeline/meetings")
    @PreAuthorize("hasAuthority('customers:write')")
    String logMeeting(@PathVariable long id, @ModelAttribute("meetingForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.MEETING, form, errors, htmx != null, model, redirect, response);
    }

    @GetMapping("/leads/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    String leadTimeline(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String cursor, @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            Model model) {
        return show(TimelineSubject.lead(id), kind, cursor, htmx != null, model);
    }

    @PostMapping("/leads/{id}/timeline/notes")
    @PreAuthorize("hasAuthority('customers:write')")
    String addLeadNote(@PathVariable long id, @ModelAttribute("noteForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.NOTE, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/leads/{id}/timeline/calls")
    @PreAuthorize("hasAuthority('customers:write')")
    String logLeadCall(@PathVariable long id, @ModelAttribute("callForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.CALL, form, errors, htmx != null, model, redirect, response);
    }

    @PostMapping("/leads/{id}/timeline/meetings")
    @PreAuthorize("hasAuthority('customers:write')")
    String logLeadMeeting(@PathVariable long id, @ModelAttribute("meetingForm") TimelinePageForm form, BindingResult errors,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.MEETING, form, errors, htmx != null, model, redirect, response);
    }

    @GetMapping("/timeline-entries/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String confirmDeletion(@PathVariable long id, Model model) {
        TimelineEntryView entry = changeable(id);
        model.addAttribute("entry", entry);
        model.addAttribute("timelinePath", pathOf(entry.subject()));
        return "customers/timeline-entry-delete";
    }

    @PostMapping("/timeline-entries/{id}/delete")
    @PreAuthorize("hasAuthority('customers:write')")
    String delete(@PathVariable long id, @RequestHeader(name = HX_REQUEST, required = false) String htmx, RedirectAttributes redirect,
            Model model) {
        changeable(id);
        TimelineSubject subject = timeline.delete(id);
        if (htmx != null) {
            model.addAttribute("entryId", id);
            return FRAGMENTS + " :: deleted";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("timeline.deleted"));
        return "redirect:" + pathOf(subject);
    }

    private String show(TimelineSubject subject, String kind, String cursor, boolean htmx, Model model) {
        entries(model, subject, kind, cursor);
        if (htmx && cursor != null && !cursor.isBlank()) {
            return FRAGMENTS + " :: entries";
        }
        forms(model, new TimelinePageForm(), new TimelinePageForm(), new TimelinePageForm());
        return htmx ? FRAGMENTS + " :: panel" : page(model, subject);
    }

    private String add(TimelineSubject subject, String kind, TimelinePageForm form, BindingResult errors, boolean htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("timelinePath", pathOf(subject));
        if (!errors.hasErrors()) {
            try {
                TimelineEntryView entry = timeline.add(subject, kind, form.toEntryForm(LocaleContextHolder.getTimeZone().toZoneId()));
                if (!htmx) {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("timeline.added"));
                    return "redirect:" + pathOf(subject);
                }
                model.addAttribute("entry", entry);
                model.addAttribute("changeable", List.of(entry.id()));
                model.addAttribute("addedKind", kind);
                forms(model, new TimelinePageForm(), new TimelinePageForm(), new TimelinePageForm());
                return FRAGMENTS + " :: added";
            }
            catch (InvalidInputException ex) {
                ex.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), null));
            }
        }
        if (htmx) {
            forms(model, form, form, form);
            response.setHeader("HX-Retarget", "#timeline-" + kind.toLowerCase(java.util.Locale.ROOT) + "-form");
            response.setHeader("HX-Reswap", "outerHTML");
            return FRAGMENTS + " :: " + kind.toLowerCase(java.util.Locale.ROOT) + "-form";
        }
        entries(model, subject, null, null);
        forms(model, TimelineKind.NOTE.equals(kind) ? form : new TimelinePageForm(),
                TimelineKind.CALL.equals(kind) ? form : new TimelinePageForm(),
                TimelineKind.MEETING.equals(kind) ? form : new TimelinePageForm());
        model.addAttribute("openForm", kind);
        response.setStatus(422);
        return page(model, subject);
    }

    private void entries(Model model, TimelineSubject subject, String kind, String cursor) {
        boolean filtered = kind != null && !kind.isBlank();
        CursorPage<TimelineEntryView> page = timeline.list(subject, filtered ? List.of(kind) : List.of(),
                PageRequest.of(null, null, cursor, TimelineManagement.defaultSort()));
        model.addAttribute("page", page);
        model.addAttribute("kind", filtered ? kind : null);
        model.addAttribute("timelinePath", pathOf(subject));
        model.addAttribute("kinds", timeline.kinds());
        model.addAttribute("changeable", page.data().stream().filter(timeline::mayChange).map(TimelineEntryView::id).toList());
    }

    private static void forms(Model model, TimelinePageForm note, TimelinePageForm call, TimelinePageForm meeting) {
        if (!model.containsAttribute("noteForm") || note != model.getAttribute("noteForm")) {
            model.addAttribute("noteForm", note);
        }
        if (!model.containsAttribute("callForm") || call != model.getAttribute("callForm")) {
            model.addAttribute("callForm", call);
        }
        if (!model.containsAttribute("meetingForm") || meeting != model.getAttribute("meetingForm")) {
            model.addAttribute("meetingForm", meeting);
        }
        model.addAttribute("directions", EntryDirection.values());
        model.addAttribute("outcomes", TimelineManagement.CALL_OUTCOMES);
        model.addAttribute("timeZone", LocaleContextHolder.getTimeZone().getID());
    }

    private String page(Model model, TimelineSubject subject) {
        long id = subject.id();
        String name = switch (subject.type()) {
            case TimelineSubject.COMPANY -> companies.find(id).orElseThrow(() -> new RecordNotFoundException("Company", id)).name();
            case TimelineSubject.CONTACT -> contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id)).fullName();
            case TimelineSubject.LEAD -> leads.find(id).orElseThrow(() -> new RecordNotFoundException("Lead", id)).displayName();
            default -> throw new IllegalArgumentException("No timeline page for records of type " + subject.type());
        };
        model.addAttribute("subjectName", name);
        model.addAttribute("subjectPath", detailPathOf(subject));
        return "customers/timeline";
    }

    private TimelineEntryView changeable(long id) {
        return timeline.find(id).filter(timeline::mayChange).orElseThrow(() -> new RecordNotFoundException("TimelineEntry", id));
    }

    /** Where a subject's timeline is shown: the page a plain form returns to. */
    private static String pathOf(TimelineSubject subject) {
        return detailPathOf(subject) + "/timeline";
    }

    /** The record's own page. */
    private static String detailPathOf(TimelineSubject subject) {
        return switch (subject.type()) {
            case TimelineSubject.COMPANY -> "/companies/" + subject.id();
            case TimelineSubject.CONTACT -> "/contacts/" + subject.id();
            case TimelineSubject.LEAD -> "/leads/" + subject.id();
            default -> throw new IllegalArgumentException("No page for records of type " + subject.type());
        };
    }
}
