package org.clientele.billing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's profile: what documents print about the seller, and its administration. */
@Service
public class SellerProfileManagement implements SellerProfiles {

    static final SellerProfileForm DEFAULTS = new SellerProfileForm("Clientele", null, null, null, null, null, "en", 14, 30,
            "Q-{year}-{seq:4}", "INV-{year}-{seq:4}", "CN-{year}-{seq:4}");
    static final Set<String> LANGUAGES = Set.of("en", "de", "es");
    static final int MAX_DAYS = 365;

    private final SellerRows rows;
    private final SellerLogos logos;

    SellerProfileManagement(SellerRows rows, SellerLogos logos) {
        this.rows = rows;
        this.logos = logos;
    }

    @Override
    @Transactional(readOnly = true)
    public SellerProfile current() {
        SellerProfileForm form = form();
        return new SellerProfile(form.name(), form.address(), form.taxId(), form.email(), form.phone(), form.bankDetails(),
                logos.find().orElse(null), form.defaultLanguage(), form.paymentTermDays(), form.quoteValidityDays());
    }

    @Override
    @Transactional(readOnly = true)
    public String numberPattern(String series) {
        SellerProfileForm form = form();
        return switch (series) {
            case DocumentNumbers.QUOTES -> form.quoteNumberPattern();
            case DocumentNumbers.INVOICES -> form.invoiceNumberPattern();
            case DocumentNumbers.CREDIT_NOTES -> form.creditNoteNumberPattern();
            default -> series.toUpperCase(Locale.ROOT) + "-{year}-{seq:4}";
        };
    }

    /** The profile as the settings page shows it: the saved one, or the defaults. */
    @Transactional(readOnly = true)
    public SellerProfileForm form() {
        return rows.findById(Seller.ID).map(Seller::toForm).orElse(DEFAULTS);
    }

    @Transactional(readOnly = true)
    public boolean hasLogo() {
        return logos.find().isPresent();
    }

    /** @throws InvalidInputException naming every field at fault */
    @Transactional
    public SellerProfileForm save(SellerProfileForm form) {
        SellerProfileForm checked = checked(form);
        rows.findById(Seller.ID).ifPresentOrElse(seller -> seller.change(checked), () -> rows.save(new Seller(checked)));
        return checked;
    }

    /**
     * Makes the uploaded PNG or JPEG the logo, scaled to at most 400 pixels wide.
     *
     * @throws InvalidInputException on {@code logo} when it is empty, larger than 1 MB or not a PNG or JPEG
     */
    @Transactional
    public void changeLogo(byte[] upload) {
        byte[] png = LogoImages.toLogo(upload);
        if (rows.findById(Seller.ID).isEmpty()) {
            rows.saveAndFlush(new Seller(DEFAULTS));
        }
        logos.change(png);
    }

    @Transactional
    public void removeLogo() {
        logos.change(null);
    }

    private static SellerProfileForm checked(SellerProfileForm form) {
        FormChecks checks = new FormChecks();
        String name = checks.text("name", form.name(), 200, true);
        String address = checks.text("address", form.address(), 1000, false);
        String taxId = checks.text("taxId", form.taxId(), 100, false);
        String email = checks.text("email", form.email(), 254, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            checks.reject("email", "validation.billing.email");
        }
        String phone = checks.text("phone", form.phone(), 50, false);
        String bankDetails = checks.text("bankDetails", form.bankDetails(), 1000, false);
        String language = form.defaultLanguage() == null ? null : form.defaultLanguage().strip().toLowerCase(Locale.ROOT);
        if (language == null || !LANGUAGES.contains(language)) {
            checks.reject("defaultLanguage", "validation.billing.language");
        }
        checks.days("paymentTermDays", form.paymentTermDays(), 0);
        checks.days("quoteValidityDays", form.quoteValidityDays(), 1);
        String quotes = checks.pattern("quoteNumberPattern", form.quoteNumberPattern());
        String invoices = checks.pattern("invoiceNumberPattern", form.invoiceNumberPattern());
        String creditNotes = checks.pattern("creditNoteNumberPattern", form.creditNoteNumberPattern());
        checks.throwIfAny();
        return new SellerProfileForm(name, address, taxId, email, phone, bankDetails, language, form.paymentTermDays(),
                form.quoteValidityDays(), quotes, invoices, creditNotes);
    }

    /** The problems of one form, reported together. */
    private static final class FormChecks {

        private final List<FieldProblem> problems = new ArrayList<>();

        void reject(String field, String code, Object... arguments) {
            problems.add(new FieldProblem(field, code, arguments));
        }

        String text(String field, String value, int max, boolean required) {
            String stripped = value == null || value.isBlank() ? null : value.strip();
            if (stripped == null && required) {
                reject(field, "validation.billing.required");
            }
            else if (stripped != null && stripped.length() > max) {
                reject(field, "validation.billing.too-long", max);
            }
            return stripped;
        }

        void days(String field, Integer days, int min) {
            if (days == null) {
                reject(field, "validation.billing.required");
            }
            else if (days < min || days > MAX_DAYS) {
                reject(field, "validation.billing.days", min, MAX_DAYS);
            }
        }

        String pattern(String field, String pattern) {
            String stripped = pattern == null ? null : pattern.strip();
            if (!NumberPattern.isValid(stripped)) {
                reject(field, "validation.billing.number-pattern");
            }
            return stripped;
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
