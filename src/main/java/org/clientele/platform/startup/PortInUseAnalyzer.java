package org.clientele.platform.startup;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;

/** Says which port is taken and how to choose another. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis("Port " + cause.getPort() + " is already in use by another program.",
                "Stop that program, or start Clientele on a free port with SERVER_PORT=<port> (or --server.port=<port>).",
                cause);
    }
}
