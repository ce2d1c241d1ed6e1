package org.clientele.billing.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a ledger export download, named after its period. */
final class LedgerCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private LedgerCsv() {
    }

    static void prepare(HttpServletResponse response, LocalDate from, LocalDate to) {
        String name = "transactions" + (from == null ? "" : "-from-" + from) + (to == null ? "" : "-to-" + to) + ".csv";
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
