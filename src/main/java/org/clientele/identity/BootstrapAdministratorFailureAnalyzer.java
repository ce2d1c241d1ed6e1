package org.clientele.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class BootstrapAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<BootstrapAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BootstrapAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(), "", cause);
    }
}
