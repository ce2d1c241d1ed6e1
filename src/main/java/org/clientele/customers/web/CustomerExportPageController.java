package org.clientele.customers.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.ConsentFilter;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.Countries;
import org.clientele.customers.LeadFilter;
import org.clientele.customers.LeadStatus;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Export menu of the list pages: the list with the filters it shows, as a file. Filters are
 * read as leniently as the list pages read them, so the file holds what the page listed.
 */
@Controller
class CustomerExportPageController {

    private final ListExports exports;

    CustomerExportPageController(ListExports exports) {
        this.exports = exports;
    }

    @GetMapping("/companies/export")
    @PreAuthorize("hasAuthority('customers:export')")
    void companies(@RequestParam(required = false) String format, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long typeId, @RequestParam(required = false) Long industryId,
            @RequestParam(required = false) Long tag, CreatedRange created, Locale locale, HttpServletResponse response) throws IOException {
        exports.companies(new CompanyFilter(q, ownerId, teamId, country(country), typeId, industryId, tag, created.leniently()), sort, tableFormat(format),
                locale, response);
    }

    @GetMapping("/contacts/export")
    @PreAuthorize("hasAuthority('customers:export')")
    void contacts(@RequestParam(required = false) String format, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) String consent,
            @RequestParam(required = false) String version, @RequestParam(required = false) Long tag, CreatedRange created, Locale locale,
            HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.of(format, null, List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.VCF));
        ContactFilter filter = new ContactFilter(q, ownerId, teamId, country(country), companyId, ConsentFilter.parseLeniently(consent),
                tag, created.leniently());
        exports.contacts(filter, sort, chosen, ListExports.version(version), locale, response);
    }

    @GetMapping("/leads/export")
    @PreAuthorize("hasAuthority('customers:export')")
    void leads(@RequestParam(required = false) String format, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) Long sourceId, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long tag, CreatedRange created, Locale locale, HttpServletResponse response) throws IOException {
        exports.leads(new LeadFilter(q, status(status), ownerId, teamId, sourceId, country(country), tag, created.leniently()), sort, tableFormat(format),
                locale, response);
    }

    private static ExportFormat tableFormat(String format) {
        return ExportFormat.of(format, null, List.of(ExportFormat.CSV, ExportFormat.XLSX));
    }

    private static String country(String country) {
        String code = Countries.normalize(country);
        return Countries.isKnown(code) ? code : null;
    }

    private static LeadStatus status(String status) {
        try {
            return LeadApiController.status(status);
        }
        catch (InvalidInputException ex) {
            return null;
        }
    }
}
