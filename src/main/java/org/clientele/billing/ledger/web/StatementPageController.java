package org.clientele.billing.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.clientele.billing.ledger.FinancialProfiles;
import org.clientele.billing.ledger.RevenueReport;
import org.clientele.billing.ledger.Statements;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Statements of a customer and of an employee, the customer's financial profile panel, and paid revenue per month. */
@Controller
class StatementPageController {

    private final Statements statements;
    private final FinancialProfiles profiles;
    private final RevenueReport revenue;

    StatementPageController(Statements statements, FinancialProfiles profiles, RevenueReport revenue) {
        this.statements = statements;
        this.profiles = profiles;
        this.revenue = revenue;
    }

    @GetMapping("/ledger/customers/{kind}/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    String customer(@PathVariable String kind, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        StatementPeriod period = StatementPeriod.of(from, to);
        model.addAttribute("statement", statements.customer(StatementPeriod.party(kind, id), period.from(), period.to()));
        model.addAttribute("kind", kind);
        return "billing/ledger/customer-statement";
    }

    /** The financial profile section of a company's or contact's page, loaded by htmx once the page is shown. */
    @GetMapping("/ledger/customers/{kind}/{id}/profile")
    @PreAuthorize("hasAuthority('billing:read')")
    String profile(@PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.of(StatementPeriod.party(kind, id)));
        model.addAttribute("kind", kind);
        model.addAttribute("customerId", id);
        return "billing/ledger/fragments/profile :: profile";
    }

    @GetMapping("/ledger/employees/{userId}")
    @PreAuthorize("hasAuthority('billing:read')")
    String employee(@PathVariable long userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        StatementPeriod period = StatementPeriod.of(from, to);
        model.addAttribute("statement", statements.employee(userId, period.from(), period.to()));
        return "billing/ledger/employee-statement";
    }

    @GetMapping("/reports/revenue")
    @PreAuthorize("hasAuthority('billing:read')")
    String revenue(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to, Model model) {
        YearMonth end = to == null ? YearMonth.now() : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        model.addAttribute("table", RevenueTable.of(revenue.monthly(start, end)));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        return "billing/ledger/revenue";
    }
}
