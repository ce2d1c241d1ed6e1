package org.clientele.platform.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** The sparing repository over one that counts its reads and saves. */
class SparingSessionRepositoryTests {

    private final CountingSessions stored = new CountingSessions();
    private final SparingSessionRepository<MapSession> sessions = new SparingSessionRepository<>(stored);

    @Test
    void aSessionUsedAgainWithinTheResolutionKeepsItsLastAccess() {
        MapSession session = stored.add(Instant.parse("2026-11-27T08:00:00Z"));

        sessions.findById(session.getId()).setLastAccessedTime(Instant.parse("2026-11-27T08:00:59Z"));

        assertThat(session.getLastAccessedTime()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void aSessionUsedAgainAfterTheResolutionMovesItsLastAccess() {
        MapSession session = stored.add(Instant.parse("2026-11-27T08:00:00Z"));

        sessions.findById(session.getId()).setLastAccessedTime(Instant.parse("2026-11-27T08:01:00Z"));

        assertThat(session.getLastAccessedTime()).isEqualTo(Instant.parse("2026-11-27T08:01:00Z"));
    }

    @Test
    void theSessionARequestSavedIsFoundAgainWithoutReadingItUntilTheRequestEnds() {
        MapSession session = stored.add(Instant.now());
        SparingSession<MapSession> found = sessions.findById(session.getId());

        sessions.save(found);

        assertThat(sessions.findById(session.getId())).isSameAs(found);
        assertThat(stored.reads).isEqualTo(1);
        assertThat(stored.saves).isEqualTo(1);

        sessions.forget();

        assertThat(sessions.findById(session.getId())).isNotSameAs(found);
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void aDeletedSessionIsNotFoundFromMemory() {
        MapSession session = stored.add(Instant.now());
        sessions.save(sessions.findById(session.getId()));

        sessions.deleteById(session.getId());

        assertThat(sessions.findById(session.getId())).isNull();
    }

    /** Sessions in a map, counting what is asked of it. */
    static final class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> sessions = new HashMap<>();
        int reads;
        int saves;

        MapSession add(Instant lastAccess) {
            MapSession session = new MapSession();
            session.setLastAccessedTime(lastAccess);
            sessions.put(session.getId(), session);
            return session;
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            saves++;
            sessions.put(session.getId(), session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return sessions.get(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
