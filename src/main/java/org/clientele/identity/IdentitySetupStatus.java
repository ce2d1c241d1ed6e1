package org.clientele.identity;

import java.util.OptionalLong;

import org.clientele.platform.SetupStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Asks the database until an administrator exists, then remembers it: there is no going back. */
@Component
class IdentitySetupStatus implements SetupStatus {

    private final Users users;
    private volatile Long firstAdministratorId;

    IdentitySetupStatus(Users users) {
        this.users = users;
    }

    @Override
    public boolean isComplete() {
        return firstAdministratorId().isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong firstAdministratorId() {
        Long known = firstAdministratorId;
        if (known == null) {
            known = users.findFirstAdministratorId().orElse(null);
            firstAdministratorId = known;
        }
        return known == null ? OptionalLong.empty() : OptionalLong.of(known);
    }
}
