package org.clientele.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A write clashes with existing records, such as a likely duplicate. Shown as 409 with the ids of
 * the records it clashes with.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String messageCode;
    private final List<String> candidateIds;

    public ConflictException(String messageCode, List<String> candidateIds) {
        super(messageCode + " " + candidateIds);
        this.messageCode = messageCode;
        this.candidateIds = List.copyOf(candidateIds);
    }

    /** Message key that explains the conflict. */
    public String messageCode() {
        return messageCode;
    }

    public List<String> candidateIds() {
        return candidateIds;
    }

    /** Further members of the problem the API answers with, such as each candidate's details; none by default. */
    public Map<String, Object> problemProperties() {
        return Map.of();
    }
}
