package org.clientele.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.platform.SignedInUser;
import org.clientele.platform.RequestIds;
import org.hibernate.envers.RevisionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Fills each revision from the signed-in user and the HTTP request it happens in, if any. */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        SignedInUser.current().ifPresent(user -> revision.recordActor(user.userId(), user.email()));
        String requestId = RequestIds.current();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            revision.recordOrigin(request.getRemoteAddr(), requestId);
        }
        else {
            revision.recordOrigin(null, requestId);
        }
    }
}
