package org.clientele.customers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientele.customers.CustomerPagePanel;
import org.clientele.customers.TimelineSubject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The panels other modules add to a company's or contact's page that the signed-in user may see, in their order. */
@Component
class CustomerPanels {

    private final ObjectProvider<CustomerPagePanel> panels;

    CustomerPanels(ObjectProvider<CustomerPagePanel> panels) {
        this.panels = panels;
    }

    List<Shown> of(TimelineSubject subject) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return panels.stream()
                .filter(panel -> panel.authority() == null || held.contains(panel.authority()))
                .sorted(Comparator.comparingInt(CustomerPagePanel::order))
                .map(panel -> new Shown(panel.titleKey(), panel.urlFor(subject)))
                .filter(shown -> shown.url() != null)
                .toList();
    }

    /** @param url where the section is loaded from */
    record Shown(String titleKey, String url) {

        Shown {
            Objects.requireNonNull(titleKey, "titleKey");
        }

        /** A stable id for the section's heading, from its message key. */
        public String headingId() {
            return "panel-" + titleKey.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }
}
