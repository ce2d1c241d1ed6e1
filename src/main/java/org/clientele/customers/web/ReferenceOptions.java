package org.clientele.customers.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.springframework.stereotype.Component;

/** The reference data a form offers: the entries offered to the user, plus those the record already holds. */
@Component
class ReferenceOptions {

    private final ReferenceDataManagement referenceData;

    ReferenceOptions(ReferenceDataManagement referenceData) {
        this.referenceData = referenceData;
    }

    /** Id to name, in the list's order, with the record's current entry even if it is no longer offered. */
    Map<Long, String> of(ReferenceKind kind, Long current) {
        return of(kind, current == null ? List.of() : List.of(current));
    }

    Map<Long, String> of(ReferenceKind kind, Collection<Long> current) {
        Map<Long, String> options = new LinkedHashMap<>();
        referenceData.offered(kind).forEach(entry -> options.put(entry.id(), entry.name()));
        for (Long id : current) {
            if (!options.containsKey(id)) {
                referenceData.find(kind, id).ifPresent(entry -> options.put(entry.id(), entry.name()));
            }
        }
        return options;
    }
}
