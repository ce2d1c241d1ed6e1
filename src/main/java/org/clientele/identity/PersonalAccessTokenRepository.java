package org.clientele.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PersonalAccessTokenRepository extends ListCrudRepository<PersonalAccessToken, Long> {

    Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

    /** A user's tokens that are not revoked, newest first. */
    List<PersonalAccessToken> findByUserIdAndRevokedAtIsNullOrderByIdDesc(long userId, Limit limit);

    /** The next page of {@link #findByUserIdAndRevokedAtIsNullOrderByIdDesc}, after the given id. */
    List<PersonalAccessToken> findByUserIdAndRevokedAtIsNullAndIdLessThanOrderByIdDesc(long userId, long id, Limit limit);

    /**
     * Notes that the token was used, unless that was noted since {@code notedBefore} already.
     * Of several nodes that try at once, exactly one gets 1.
     *
     * @return 1 if the time was written, 0 if it was recent enough
     */
    @Modifying
    @Query("""
            update PersonalAccessToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notedBefore)""")
    int noteUse(@Param("id") long id, @Param("now") Instant now, @Param("notedBefore") Instant notedBefore);
}
