package org.clientele.billing.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.clientele.billing.ledger.CurrencyStatement;
import org.clientele.billing.ledger.CustomerStatement;
import org.clientele.billing.ledger.EmployeeStatement;
import org.clientele.billing.ledger.RevenueMonth;
import org.clientele.billing.ledger.StatementLine;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;

/** Statements and revenue as the API writes them; amounts exact, with at least the currency's minor unit of digits. */
final class StatementJson {

    private StatementJson() {
    }

    record Customer(String companyId, String contactId, String name, LocalDate from, LocalDate to, List<Currency> currencies) {

        static Customer of(CustomerStatement statement) {
            return new Customer(Ids.of(statement.party().companyId()), Ids.of(statement.party().contactId()), statement.name(),
                    statement.from(), statement.to(), statement.currencies().stream().map(Currency::of).toList());
        }
    }

    record Currency(String currency, MoneyJson opening, MoneyJson debits, MoneyJson credits, MoneyJson closing, List<Line> lines) {

        static Currency of(CurrencyStatement part) {
            return new Currency(part.currency().value(), money(part.opening()), money(part.debits()), money(part.credits()),
                    money(part.closing()), part.lines().stream().map(Line::of).toList());
        }
    }

    record Line(LocalDate on, StatementLine.Entry entry, String reference, String invoiceId, String transactionId, MoneyJson debit,
            MoneyJson credit, MoneyJson balance) {

        static Line of(StatementLine line) {
            return new Line(line.on(), line.entry(), line.reference(), Ids.of(line.invoiceId()), Ids.of(line.transactionId()),
                    money(line.debit()), money(line.credit()), money(line.balance()));
        }
    }

    record Employee(String userId, String name, LocalDate from, LocalDate to, List<PaymentJson> payouts, List<MoneyJson> totals) {

        static Employee of(EmployeeStatement statement) {
            return new Employee(Ids.of(statement.userId()), statement.name(), statement.from(), statement.to(),
                    statement.payouts().stream().map(PaymentJson::of).toList(), statement.totals().stream().map(StatementJson::money).toList());
        }
    }

    record Revenue(YearMonth from, YearMonth to, List<Month> months) {

        static Revenue of(YearMonth from, YearMonth to, List<RevenueMonth> months) {
            return new Revenue(from, to, months.stream().map(month -> new Month(month.month(),
                    month.amounts().stream().map(StatementJson::money).toList())).toList());
        }
    }

    record Month(YearMonth month, List<MoneyJson> amounts) {
    }

    private static MoneyJson money(org.clientele.shared.Money money) {
        return MoneyJson.exactToMinorUnit(money);
    }
}
