package org.clientele.identity;

import org.clientele.platform.SetupStatus;
import org.clientele.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * For deployments: creates the first administrator at start-up from
 * {@code CLIENTELE_BOOTSTRAP_ADMIN_EMAIL} and {@code CLIENTELE_BOOTSTRAP_ADMIN_PASSWORD}. Once any
 * administrator exists, the settings are ignored.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserManagement userManagement;
    private final SetupStatus setupStatus;
    private final String email;
    private final String password;
    private final String fullName;

    BootstrapAdministrator(UserManagement userManagement, SetupStatus setupStatus,
            @Value("${clientele.bootstrap-admin.email:}") String email,
            @Value("${clientele.bootstrap-admin.password:}") String password,
            @Value("${clientele.bootstrap-admin.name:Administrator}") String fullName) {
        this.userManagement = userManagement;
        this.setupStatus = setupStatus;
        this.email = email;
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || setupStatus.isComplete()) {
            return;
        }
        if (password.isBlank()) {
            throw new BootstrapAdministratorException("CLIENTELE_BOOTSTRAP_ADMIN_EMAIL is set but CLIENTELE_BOOTSTRAP_ADMIN_PASSWORD is not.");
        }
        try {
            userManagement.createFirstAdministrator(
                    new NewAdministrator(fullName, email, password, password, "en", "UTC", false));
            log.info("Created the first administrator {} from CLIENTELE_BOOTSTRAP_ADMIN_EMAIL", email);
        }
        catch (SetupAlreadyCompletedException ex) {
            log.info("Another node created the first administrator; CLIENTELE_BOOTSTRAP_ADMIN_EMAIL is ignored");
        }
        catch (InvalidInputException ex) {
            throw new BootstrapAdministratorException("CLIENTELE_BOOTSTRAP_ADMIN_PASSWORD or _EMAIL is not acceptable: "
                    + ex.problems().stream().map(InvalidInputException.FieldProblem::messageCode).toList()
                    + ". Passwords need at least " + PasswordPolicy.MIN_LENGTH
                    + " characters and may not be the e-mail address or a common password.");
        }
    }
}
