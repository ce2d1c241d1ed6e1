package org.clientele.billing.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger for accounting as CSV (RFC 4180, UTF-8 with a byte order mark, one row per
 * transaction the reader may see, oldest first). Columns and codes are fixed English names so an
 * accounting import can rely on them; amounts are plain decimals with a point. Names and
 * references that a spreadsheet would take for a formula get a leading quote (CSV injection).
 */
@Service
public class LedgerExport {

    static final List<String> HEADER = List.of("date", "direction", "kind", "counterparty", "category", "method", "reference",
            "invoice number", "amount", "currency", "exchange difference");
    private static final int BATCH = PageRequest.MAX_LIMIT;

    private final LedgerList list;
    private final TransactionCategoryManagement categories;
    private final InvoicePayments invoices;

    LedgerExport(LedgerList list, TransactionCategoryManagement categories, InvoicePayments invoices) {
        this.list = list;
        this.categories = categories;
        this.invoices = invoices;
    }

    /** Writes the transactions paid from {@code from} to {@code to} (both included, either open). */
    @Transactional(readOnly = true)
    public void write(LocalDate from, LocalDate to, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
        Map<Long, String> categoryNames = categories.names();
        Map<Long, String> invoiceNumbers = new HashMap<>();
        TransactionFilter filter = TransactionFilter.between(from, to);
        CursorPage<LedgerRow> page = list.page(filter, PageRequest.of(BATCH, "paidOn", null, "paidOn"));
        while (true) {
            for (LedgerRow row : page.data()) {
                TransactionView t = row.transaction();
                String invoiceNumber = t.invoiceId() == null ? null : invoiceNumbers.computeIfAbsent(t.invoiceId(),
                        id -> invoices.balance(id).map(InvoiceBalance::number).orElse(""));
                printer.printRecord(t.paidOn(), t.direction(), t.kind(), text(row.counterparty()),
                        text(t.categoryId() == null ? null : categoryNames.get(t.categoryId())), t.method(), text(t.reference()),
                        text(invoiceNumber), plain(t.amount()), t.amount().currency(), plain(t.exchangeDifference()));
            }
            if (page.next() == null) {
                break;
            }
            page = list.page(filter, PageRequest.of(BATCH, "paidOn", page.next(), "paidOn"));
        }
        printer.flush();
        writer.flush();
    }

    /** Exact, with at least the currency's minor unit of digits: 72.5 EUR is 72.50. */
    private static String plain(Money money) {
        if (money == null) {
            return "";
        }
        BigDecimal stripped = money.amount().stripTrailingZeros();
        return stripped.setScale(Math.max(money.currency().minorUnits(), Math.max(0, stripped.scale()))).toPlainString();
    }

    private static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
