package org.clientele.customers.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.ConsentFilter;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.LeadFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exports", description = "Whole filtered lists as files, streamed; only what the caller may see")
class CustomerExportApiController {

    private static final String FORMAT = "csv (UTF-8 with BOM) or xlsx; without it the Accept header decides (text/csv, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), else csv";

    private final ListExports exports;

    CustomerExportApiController(ListExports exports) {
        this.exports = exports;
    }

    @GetMapping("/companies/export")
    @PreAuthorize("hasAuthority('customers:export')")
    @Operation(summary = "Export the companies you may see",
            description = "The filters and sort of the list (GET /companies), every matching row, in one file. Headings are "
                    + "in the language of Accept-Language, times ISO-8601 in UTC. Text starting with = + - @ tab or "
                    + "carriage return gets a leading ' in CSV. Recorded in the security log.")
    void companies(@RequestParam(required = false) @Parameter(description = FORMAT) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long typeId, @RequestParam(required = false) Long industryId,
            @RequestParam(required = false) Long tag, @ParameterObject CreatedRange created, Locale locale, HttpServletResponse response) throws IOException {
        exports.companies(new CompanyFilter(q, ownerId, teamId, ListParameters.country(country), typeId, industryId, tag, created.strictly()), sort,
                tableFormat(format, accept), locale, response);
    }

    @GetMapping("/contacts/export")
    @PreAuthorize("hasAuthority('customers:export')")
    @Operation(summary = "Export the contacts you may see",
            description = "As for companies, with the contact list's filters (GET /contacts, with consent); format also vcf "
                    + "(Accept: text/vcard) for vCards, version 4.0 or 3.0.")
    void contacts(@RequestParam(required = false) @Parameter(description = FORMAT + ", or vcf") String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) @Parameter(description = "opted_in, opted_out, unknown or do_not_contact") String consent,
            @RequestParam(required = false) @Parameter(description = "vCard version: 4.0 (default) or 3.0") String version,
            @RequestParam(required = false) Long tag, @ParameterObject CreatedRange created, Locale locale, HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.of(format, accept, List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.VCF));
        ContactFilter filter = new ContactFilter(q, ownerId, teamId, ListParameters.country(country), companyId,
                ConsentFilter.parse(consent), tag, created.strictly());
        exports.contacts(filter, sort, chosen, ListExports.version(version), locale, response);
    }

    @GetMapping("/leads/export")
    @PreAuthorize("hasAuthority('customers:export')")
    @Operation(summary = "Export the leads you may see", description = "As for companies, with the lead list's filters (GET /leads).")
    void leads(@RequestParam(required = false) @Parameter(description = FORMAT) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) Long sourceId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long tag, @ParameterObject CreatedRange created, Locale locale, HttpServletResponse response) throws IOException {
        LeadFilter filter = new LeadFilter(q, LeadApiController.status(status), ownerId, teamId, sourceId,
                ListParameters.country(country), tag, created.strictly());
        exports.leads(filter, sort, tableFormat(format, accept), locale, response);
    }

    private static ExportFormat tableFormat(String format, String accept) {
        return ExportFormat.of(format, accept, List.of(ExportFormat.CSV, ExportFormat.XLSX));
    }
}
