package org.clientele.customers.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.clientele.customers.EntryDirection;
import org.clientele.customers.RichText;
import org.clientele.customers.TimelineEntryForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A note, call or meeting as the timeline's forms post it. The time is read in the viewer's time
 * zone; the body is HTML from the editor, or plain text from the text area a browser without
 * JavaScript shows ({@code bodyFormat} tells which). A bean with setters rather than a record, so
 * that a value of the wrong type leaves the form in place with a message next to the field.
 */
class TimelinePageForm {

    /** The {@code bodyFormat} the editor sends; anything else is plain text. */
    static final String HTML = "html";

    private String body;
    private String bodyFormat;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime occurredAt;
    private EntryDirection direction;
    private String status;
    private Integer durationMinutes;
    private String title;
    private String location;
    private String recipients;

    TimelineEntryForm toEntryForm(ZoneId zone) {
        String html = HTML.equals(bodyFormat) ? body : RichText.fromPlainText(body);
        return new TimelineEntryForm(occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), title, html, direction, status,
                durationMinutes, location, recipients);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getBodyFormat() {
        return bodyFormat;
    }

    public void setBodyFormat(String bodyFormat) {
        this.bodyFormat = bodyFormat;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public EntryDirection getDirection() {
        return direction;
    }

    public void setDirection(EntryDirection direction) {
        this.direction = direction;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
