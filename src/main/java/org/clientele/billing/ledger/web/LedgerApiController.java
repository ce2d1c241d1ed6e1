package org.clientele.billing.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.ledger.RevenueReport;
import org.clientele.billing.ledger.Statements;
import org.clientele.billing.ledger.TransactionCategoryManagement;
import org.clientele.billing.ledger.TransactionCategoryView;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ledger", description = "Statements of customers and employees, paid revenue, transaction categories")
class LedgerApiController {

    private final Statements statements;
    private final RevenueReport revenue;
    private final TransactionCategoryManagement categories;

    LedgerApiController(Statements statements, RevenueReport revenue, TransactionCategoryManagement categories) {
        this.statements = statements;
        this.revenue = revenue;
        this.categories = categories;
    }

    @GetMapping("/api/v1/ledger/customers/{kind}/{id}/statement")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "A customer's statement", description = "kind is company or contact; from and to default to the twelve months "
            + "up to today. Invoices are debits, credit notes and payments credits, refunds debits; one running balance per currency.")
    StatementJson.Customer customer(@PathVariable String kind, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StatementPeriod period = StatementPeriod.of(from, to);
        return StatementJson.Customer.of(statements.customer(StatementPeriod.party(kind, id), period.from(), period.to()));
    }

    @GetMapping("/api/v1/ledger/employees/{id}/statement")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "An employee's salary payouts", description = "The payouts in the period (default: the twelve months up to today) "
            + "and their total per currency.")
    StatementJson.Employee employee(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StatementPeriod period = StatementPeriod.of(from, to);
        return StatementJson.Employee.of(statements.employee(id, period.from(), period.to()));
    }

    @GetMapping("/api/v1/reports/revenue")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Paid revenue per month", description = "Customer payments received minus refunds, per month (from and to as "
            + "yyyy-MM, both included; default the last twelve months) and per currency, unconverted.")
    StatementJson.Revenue revenue(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        YearMonth end = to == null ? YearMonth.now() : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        return StatementJson.Revenue.of(start, end, revenue.monthly(start, end));
    }

    @GetMapping("/api/v1/transaction-categories")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The transaction categories", description = "By name, inactive ones included.")
    List<CategoryJson> categories() {
        return categories.all().stream().map(CategoryJson::of).toList();
    }

    @PostMapping(path = "/api/v1/transaction-categories", consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Add a transaction category", description = "Body {\"name\": \"…\"}; 422 when the name is blank or taken.")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryJson createCategory(@RequestBody Map<String, Object> body, HttpServletResponse response) {
        Object name = body == null ? null : body.get("name");
        TransactionCategoryView created = categories.create(name instanceof String text ? text : null);
        return Created.at(response, "/api/v1/transaction-categories/" + created.id(), CategoryJson.of(created));
    }

    @DeleteMapping("/api/v1/transaction-categories/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Delete a transaction category", description = "409 while transactions are booked under it.")
    ResponseEntity<Void> deleteCategory(@PathVariable long id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }

    record CategoryJson(String id, String name, boolean active) {

        static CategoryJson of(TransactionCategoryView category) {
            return new CategoryJson(Ids.of(category.id()), category.name(), category.active());
        }
    }
}
