package org.clientele.platform.startup;

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that an analyzer understood as a single line on standard error, so
 * that an operator sees at once what to change. Boot's own multi-line report is switched off in
 * {@code application.properties}.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    private final PrintStream out;

    OneLineFailureReporter() {
        this(System.err);
    }

    OneLineFailureReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        out.println(line(analysis));
        out.flush();
    }

    static String line(FailureAnalysis analysis) {
        String description = oneLine(analysis.getDescription());
        String action = oneLine(analysis.getAction());
        return "Clientele could not start: " + (action.isEmpty() ? description : description + " " + action);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
