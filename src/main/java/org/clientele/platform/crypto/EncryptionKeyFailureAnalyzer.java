package org.clientele.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A malformed encryption key stops the start with one line that says how to make a good one. */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "", cause);
    }
}
