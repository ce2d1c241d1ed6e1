package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntries extends JpaRepository<TimelineEntry, Long> {

    Optional<TimelineEntry> findBySourceModuleAndSourceReference(String sourceModule, String sourceReference);

    List<TimelineEntry> findBySubjectTypeAndSubjectId(String subjectType, long subjectId);
}
