package org.clientele.platform.sessions;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database as pages use them, with two writes and reads fewer on every request.
 * <p>
 * A request only moves a session's last access forward once it is {@link #TOUCH_RESOLUTION} old:
 * otherwise each page would update the session row although nothing else changed. A session
 * therefore expires up to that much earlier than its timeout says (a minute of eight hours).
 * Attributes are written as they change, as before, so every node sees the same session.
 * <p>
 * The session a request has just saved is what it finds again if it asks: Spring Session's filter
 * saves when the response is committed and once more at the end of the request, and looks the
 * session up in the database after each save only to compare its id (spring-session issue 1731).
 * {@link SessionRequestScope} forgets it when the request ends.
 */
final class SparingSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<SparingSession<S>>, DisposableBean {

    static final Duration TOUCH_RESOLUTION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> stored;
    private final ThreadLocal<SparingSession<S>> savedByThisRequest = new ThreadLocal<>();

    SparingSessionRepository(FindByIndexNameSessionRepository<S> stored) {
        this.stored = stored;
    }

    @Override
    public SparingSession<S> createSession() {
        return new SparingSession<>(stored.createSession(), TOUCH_RESOLUTION);
    }

    @Override
    public void save(SparingSession<S> session) {
        stored.save(session.stored());
        savedByThisRequest.set(session);
    }

    @Override
    public SparingSession<S> findById(String id) {
        SparingSession<S> saved = savedByThisRequest.get();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        S session = stored.findById(id);
        return session == null ? null : new SparingSession<>(session, TOUCH_RESOLUTION);
    }

    @Override
    public void deleteById(String id) {
        forget();
        stored.deleteById(id);
    }

    @Override
    public Map<String, SparingSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return stored.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new SparingSession<>(entry.getValue(), TOUCH_RESOLUTION)));
    }

    /** Stops the stored repository's clean-up of expired sessions with the application. */
    @Override
    public void destroy() throws Exception {
        if (stored instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** Called when a request ends: the next request on this thread reads its session afresh. */
    void forget() {
        savedByThisRequest.remove();
    }
}
