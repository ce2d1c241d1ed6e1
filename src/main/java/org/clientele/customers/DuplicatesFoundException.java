package org.clientele.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.shared.ConflictException;

/**
 * A new record looks like existing ones the creator may see; it was not saved. Shown as 409 with
 * the candidates, unless the creator asks to create it anyway.
 */
public class DuplicatesFoundException extends ConflictException {

    private final transient List<DuplicateCandidate> candidates;

    public DuplicatesFoundException(List<DuplicateCandidate> candidates) {
        super("customers.duplicates.found", candidates.stream().map(candidate -> Long.toString(candidate.id())).toList());
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }

    @Override
    public Map<String, Object> problemProperties() {
        return Map.of("duplicates", candidates.stream().map(candidate -> {
            Map<String, String> member = new LinkedHashMap<>();
            member.put("type", candidate.type());
            member.put("id", Long.toString(candidate.id()));
            member.put("name", candidate.name());
            member.put("matchedOn", candidate.matchedOn());
            return member;
        }).toList());
    }
}
