package org.clientele.customers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** The {@link SubjectAccess} of every subject type that has a timeline. */
@Component
class SubjectAccesses {

    private final Map<String, SubjectAccess> byType;

    SubjectAccesses(List<SubjectAccess> accesses) {
        this.byType = accesses.stream().collect(Collectors.toUnmodifiableMap(SubjectAccess::type, Function.identity()));
    }

    /** @throws IllegalArgumentException for a type without a timeline: a programming error */
    SubjectAccess of(String type) {
        SubjectAccess access = byType.get(type);
        if (access == null) {
            throw new IllegalArgumentException("No timeline for records of type " + type);
        }
        return access;
    }

    /** @throws RecordNotFoundException if the subject does not exist or the signed-in user may not see it */
    void checkVisible(TimelineSubject subject) {
        of(subject.type()).checkVisible(subject.id());
    }
}
