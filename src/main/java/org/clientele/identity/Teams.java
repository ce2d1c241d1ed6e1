package org.clientele.identity;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Teams extends ListCrudRepository<Team, Long> {

    @Query("select count(t) > 0 from Team t where lower(t.name) = lower(:name) and (:exceptId is null or t.id <> :exceptId)")
    boolean nameTaken(String name, Long exceptId);

    @Query("select t.id from Team t where t.parentId = :parentId order by t.id")
    java.util.List<Long> subTeamIds(long parentId);
}
