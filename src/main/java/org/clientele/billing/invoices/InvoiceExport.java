package org.clientele.billing.invoices;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounting export: one CSV row (RFC 4180, UTF-8 with a byte order mark) per issued invoice
 * and credit note the signed-in user may see, by issue date then number. Column names are stable
 * keys for import tools; amounts are plain decimals at the currency's minor unit, negative on
 * credit notes. A customer name a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
@Service
public class InvoiceExport {

    static final List<String> COLUMNS = List.of("number", "kind", "status", "issued_on", "due_on", "customer", "customer_tax_id",
            "currency", "net", "tax", "gross", "paid", "credited", "outstanding", "credited_invoice");

    private final JdbcClient jdbc;
    private final InvoiceLists lists;

    InvoiceExport(JdbcClient jdbc, InvoiceLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    /**
     * @param from first issue date included, or {@code null}
     * @param to last issue date included, or {@code null}
     * @throws InvalidInputException if the period ends before it starts
     */
    @Transactional(readOnly = true)
    public void write(LocalDate from, LocalDate to, OutputStream out) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "validation.invoices.period-reversed");
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select i.number, i.kind, i.status, i.issued_on, i.due_on, i.billed_name, i.billed_tax_id, "
                + "i.currency, i.net_total, i.tax_total, i.gross_total, i.paid_total, i.credited_total, c.number as credited_number "
                + "from billing_invoices i left join billing_invoices c on c.id = i.credited_invoice_id where ")
                .append(lists.where(InvoiceListFilter.none(), parameters)).append(" and i.status <> 'DRAFT'");
        if (from != null) {
            sql.append(" and i.issued_on >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and i.issued_on <= ?");
            parameters.add(to);
        }
        sql.append(" order by i.issued_on, i.number");
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS);
            jdbc.sql(sql.toString()).params(parameters).query(rs -> {
                BigDecimal gross = rs.getBigDecimal("gross_total");
                BigDecimal paid = rs.getBigDecimal("paid_total");
                BigDecimal credited = rs.getBigDecimal("credited_total");
                int scale = CurrencyCode.of(rs.getString("currency").strip()).minorUnits();
                try {
                    printer.printRecord(rs.getString("number"), rs.getString("kind"), rs.getString("status"),
                            rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                            text(rs.getString("billed_name")), text(rs.getString("billed_tax_id")), rs.getString("currency").strip(),
                            plain(rs.getBigDecimal("net_total"), scale), plain(rs.getBigDecimal("tax_total"), scale), plain(gross, scale),
                            plain(paid, scale), plain(credited, scale), plain(gross.subtract(paid).subtract(credited), scale),
                            rs.getString("credited_number"));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            printer.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String plain(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
