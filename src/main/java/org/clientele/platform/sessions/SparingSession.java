package org.clientele.platform.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;

/** A stored session whose last access only moves forward in steps of the resolution (see {@link SparingSessionRepository}). */
final class SparingSession<S extends Session> implements Session {

    private final S stored;
    private final Duration resolution;

    SparingSession(S stored, Duration resolution) {
        this.stored = stored;
        this.resolution = resolution;
    }

    S stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(resolution))) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
