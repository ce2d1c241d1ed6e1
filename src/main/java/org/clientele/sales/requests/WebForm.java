package org.clientele.sales.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A web-to-lead form. Lists are stored as text: field names comma-separated, the rest one entry a line. */
@Entity
@Table(name = "web_forms")
@Audited
class WebForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String token;

    private String name;

    private Long leadSourceId;

    private String fields;

    private String requiredFields;

    private String thankYouMessage;

    private String redirectUrl;

    private String allowedOrigins;

    private String stopPhrases;

    private String bannedCompanies;

    private long ownerId;

    private Long teamId;

    private boolean active;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected WebForm() {
    }

    WebForm(String token, WebFormForm form) {
        this.token = token;
        this.createdAt = Instant.now();
        apply(form);
    }

    void apply(WebFormForm form) {
        name = form.name();
        leadSourceId = form.leadSourceId();
        fields = names(form.fields());
        requiredFields = names(form.requiredFields());
        thankYouMessage = form.thankYouMessage();
        redirectUrl = form.redirectUrl();
        allowedOrigins = lines(form.allowedOrigins());
        stopPhrases = lines(form.stopPhrases());
        bannedCompanies = lines(form.bannedCompanies());
        ownerId = form.ownerId();
        teamId = form.teamId();
        active = form.active();
        updatedAt = Instant.now();
    }

    WebFormView toView() {
        return new WebFormView(id, version, token, name, leadSourceId, WebFormView.ordered(fields(fields)), fields(requiredFields),
                thankYouMessage, redirectUrl, entries(allowedOrigins), entries(stopPhrases), entries(bannedCompanies), ownerId, teamId,
                active, createdAt, updatedAt);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    private static String names(Set<WebFormField> chosen) {
        return WebFormView.ordered(chosen).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<WebFormField> fields(String names) {
        Set<WebFormField> set = EnumSet.noneOf(WebFormField.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(WebFormField::valueOf).forEach(set::add);
        }
        return set;
    }

    private static String lines(List<String> entries) {
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    private static List<String> entries(String lines) {
        return lines == null || lines.isBlank() ? List.of() : List.of(lines.split("\n"));
    }
}
