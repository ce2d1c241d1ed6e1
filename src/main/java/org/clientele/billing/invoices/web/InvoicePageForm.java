package org.clientele.billing.invoices.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceDraft;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;

/** The draft invoice form as the page sends it, rows of lines included; a bean so rows can be added and removed. */
public class InvoicePageForm {

    private Long companyId;
    private Long contactId;
    private String currency;
    private String language;
    private Integer paymentTermDays;
    private BigDecimal documentDiscountPercent;
    private String terms;
    private String notes;
    private Long version;
    private List<Row> lines = new ArrayList<>();

    /** One line of the form; an entirely empty row is left out. */
    public static class Row {

        private Long productId;
        private String description;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal unitPrice;
        private BigDecimal discountPercent;
        private Long taxRateId;
        private boolean taxIncluded;

        static Row of(ResolvedLine line) {
            Row row = new Row();
            row.productId = line.productId();
            row.description = line.description();
            row.quantity = line.quantity().stripTrailingZeros();
            row.unit = line.unit();
            row.unitPrice = line.unitPrice().stripTrailingZeros();
            row.discountPercent = line.discountPercent().signum() == 0 ? null : line.discountPercent().stripTrailingZeros();
            row.taxRateId = line.taxRateId();
            row.taxIncluded = line.taxIncluded();
            return row;
        }

        static Row blank(Long taxRateId, boolean taxIncluded) {
            Row row = new Row();
            row.quantity = BigDecimal.ONE;
            row.taxRateId = taxRateId;
            row.taxIncluded = taxIncluded;
            return row;
        }

        boolean isEmpty() {
            return productId == null && (description == null || description.isBlank()) && unitPrice == null;
        }

        DocumentLineInput toInput() {
            return new DocumentLineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxIncluded);
        }

        public Long getProductId() {
            return productId;
        }

        public void setProductId(Long productId) {
            this.productId = productId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }

        public BigDecimal getDiscountPercent() {
            return discountPercent;
        }

        public void setDiscountPercent(BigDecimal discountPercent) {
            this.discountPercent = discountPercent;
        }

        public Long getTaxRateId() {
            return taxRateId;
        }

        public void setTaxRateId(Long taxRateId) {
            this.taxRateId = taxRateId;
        }

        public boolean isTaxIncluded() {
            return taxIncluded;
        }

        public void setTaxIncluded(boolean taxIncluded) {
            this.taxIncluded = taxIncluded;
        }
    }

    static InvoicePageForm of(InvoiceView invoice) {
        InvoicePageForm form = new InvoicePageForm();
        form.companyId = invoice.party().companyId();
        form.contactId = invoice.party().contactId();
        form.currency = invoice.currency().value();
        form.language = invoice.language();
        form.paymentTermDays = invoice.paymentTermDays();
        form.documentDiscountPercent = invoice.documentDiscountPercent();
        form.terms = invoice.terms();
        form.notes = invoice.notes();
        form.version = invoice.version();
        invoice.lines().forEach(line -> form.lines.add(Row.of(line)));
        return form;
    }

    static InvoicePageForm blank(Long companyId, Long contactId, String currency, String language, Long taxRateId, boolean included) {
        InvoicePageForm form = new InvoicePageForm();
        form.companyId = companyId;
        form.contactId = contactId;
        form.currency = currency;
        form.language = language;
        form.lines.add(Row.blank(taxRateId, included));
        return form;
    }

    /** @throws InvalidInputException for a missing party or currency; the rest the service checks */
    InvoiceDraft toDraft() {
        List<FieldProblem> problems = new ArrayList<>();
        if (companyId == null && contactId == null) {
            problems.add(new FieldProblem("companyId", "validation.invoices.party-required"));
        }
        if (currency == null || !CurrencyCode.isValid(currency)) {
            problems.add(new FieldProblem("currency", "validation.invoices.currency-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<DocumentLineInput> inputs = lines.stream().filter(row -> !row.isEmpty()).map(Row::toInput).toList();
        return new InvoiceDraft(new BillingParty(companyId, contactId), CurrencyCode.of(currency), blank(language), inputs,
                documentDiscountPercent, paymentTermDays, null, null, blank(terms), blank(notes));
    }

    /** The draft as it is, for the deal and quotation it came from, which the form does not show. */
    InvoiceDraft toDraft(InvoiceView current) {
        InvoiceDraft draft = toDraft();
        return new InvoiceDraft(draft.party(), draft.currency(), draft.language(), draft.lines(), draft.documentDiscountPercent(),
                draft.paymentTermDays(), current.dealId(), current.quoteId(), draft.terms(), draft.notes());
    }

    void addRow(Long taxRateId, boolean included) {
        lines.add(Row.blank(taxRateId, included));
    }

    void removeRow(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getPaymentTermDays() {
        return paymentTermDays;
    }

    public void setPaymentTermDays(Integer paymentTermDays) {
        this.paymentTermDays = paymentTermDays;
    }

    public BigDecimal getDocumentDiscountPercent() {
        return documentDiscountPercent;
    }

    public void setDocumentDiscountPercent(BigDecimal documentDiscountPercent) {
        this.documentDiscountPercent = documentDiscountPercent;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Row> getLines() {
        return lines;
    }

    public void setLines(List<Row> lines) {
        this.lines = lines;
    }
}
