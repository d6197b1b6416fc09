package io.kamdesk.application.billing.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.date;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.money;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.billing.port.in.statement.CustomerStatementQuery;
import io.kamdesk.application.billing.port.in.statement.CustomerStatementView;
import io.kamdesk.application.billing.port.in.statement.GetCustomerStatementUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.StatementReadModel;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.billing.Statement;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Customer statements: the opening balance and the period's bills and payments read in one
 * read-only transaction (so they agree), the running balance computed by the domain's
 * {@link Statement}.
 */
public final class CustomerStatementService implements GetCustomerStatementUseCase {

    private static final List<Column> COLUMNS = List.of(date("date"),
            text("type"), text("reference"),
            text("description"), money("debit"),
            money("credit"), money("balance"));

    private final BillableCustomers customers;
    private final StatementReadModel readModel;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final TabularWriter sheets;
    private final ExportLog exports;

    public CustomerStatementService(BillableCustomers customers, StatementReadModel readModel,
            Transactions transactions, BusinessCalendar calendar, TabularWriter sheets, ExportLog exports) {
        this.exports = exports;
        this.customers = customers;
        this.readModel = readModel;
        this.transactions = transactions;
        this.calendar = calendar;
        this.sheets = sheets;
    }

    @Override
    public CustomerStatementView customerStatement(CustomerStatementQuery query) {
        LocalDate to = query.to().orElseGet(calendar::today);
        LocalDate from = query.from().orElseGet(() -> to.minusYears(1).plusDays(1));
        if (from.isAfter(to)) {
            throw new InvalidInputException(Map.of("from", List.of(Violation.of(Reason.RANGE_REVERSED, from, to))));
        }
        BilledCustomer customer = customers.findVisible(query.viewer(), query.customerId())
                .orElseThrow(() -> new NotFoundException(Subject.CUSTOMER));
        Statement statement = transactions.inTransaction(() -> Statement.of(
                readModel.balanceBefore(customer.id(), from), readModel.entries(customer.id(), from, to)));
        return new CustomerStatementView(new CustomerStatementView.Customer(customer.id(), customer.name(),
                customer.companyName(), customer.kam()), from, to, statement);
    }

    @Override
    public void exportCustomerStatement(CustomerStatementQuery query, FileFormat format, OutputStream out) {
        CustomerStatementView view = customerStatement(query);
        Statement statement = view.statement();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(view.from(), "opening", "", "Opening balance", null, null,
                statement.opening().amount()));
        statement.lines().forEach(line -> rows.add(Arrays.asList(line.entry().date(),
                line.entry().kind().name().toLowerCase(Locale.ROOT), line.entry().reference(),
                line.entry().description(), line.entry().debit().isZero() ? null : line.entry().debit().amount(),
                line.entry().kind() == Statement.Kind.PAYMENT ? line.entry().credit().amount() : null,
                line.balance().amount())));
        rows.add(Arrays.asList(view.to(), "closing", "", "Closing balance", statement.totalDebit().amount(),
                statement.totalCredit().amount(), statement.closing().amount()));
        long written = SheetExport.<List<Object>>write(sheets, out, format, COLUMNS, sink -> {
            sink.total(rows.size());
            rows.forEach(sink::item);
        }, row -> row);
        exports.exported(ExportLog.ExportedSheet.CUSTOMER_STATEMENT, written);
    }
}
