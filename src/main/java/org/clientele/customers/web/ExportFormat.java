package org.clientele.customers.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clientele.shared.InvalidInputException;
import org.springframework.http.MediaType;

/** The file formats a list exports to, chosen by {@code format=} or else by the {@code Accept} header. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    VCF("text/vcard;charset=UTF-8", "vcf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /**
     * @param format {@code csv}, {@code xlsx} or {@code vcf}; wins over the header
     * @param accept the {@code Accept} header, used when no format is given; CSV if it names none of them
     * @param allowed the formats this list offers
     * @throws InvalidInputException for a format that is not offered
     */
    static ExportFormat of(String format, String accept, List<ExportFormat> allowed) {
        ExportFormat chosen = format == null || format.isBlank() ? fromAccept(accept)
                : Arrays.stream(values()).filter(f -> f.extension.equals(format.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (chosen == null || !allowed.contains(chosen)) {
            throw InvalidInputException.of("format", "validation.export.format-unknown",
                    String.join(", ", allowed.stream().map(ExportFormat::extension).toList()));
        }
        return chosen;
    }

    private static ExportFormat fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return CSV;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            for (ExportFormat format : values()) {
                if (!type.isWildcardType() && type.isCompatibleWith(MediaType.parseMediaType(format.contentType))) {
                    return format;
                }
            }
        }
        return CSV;
    }
}
