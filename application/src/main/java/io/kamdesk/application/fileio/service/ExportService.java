package io.kamdesk.application.fileio.service;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ExportTooLargeException;
import io.kamdesk.application.fileio.port.in.FileFormat;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.TabularSink;
import io.kamdesk.application.fileio.port.out.TabularWriter.Column;
import io.kamdesk.application.fileio.port.out.TabularWriter.ColumnType;
import io.kamdesk.application.fileio.port.out.TabularWriter;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.fileio.SheetKind;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Streams list results into spreadsheets. The column titles are the import's column names, so every
 * export imports back as it is (columns the import does not know, such as totals, are checked or
 * ignored).
 */
public final class ExportService implements ExportCustomersUseCase, ExportBillsUseCase {

    private static final List<Column> CUSTOMER_COLUMNS = List.of(
            text("customer_number"), text(CustomerSheet.NAME), text(CustomerSheet.COMPANY_NAME),
            text(CustomerSheet.EMAIL), text(CustomerSheet.PHONE), text(CustomerSheet.ADDRESS),
            text(CustomerSheet.LINK_ID), money(CustomerSheet.MONTHLY_REVENUE), money(CustomerSheet.POTENTIAL_REVENUE),
            money("calculated_monthly_revenue"), text(CustomerSheet.STATUS), date(CustomerSheet.JOINED_ON),
            date("left_on"), text(CustomerSheet.KAM));

    private final ListCustomersUseCase customers;
    private final ListBillsUseCase bills;
    private final TabularWriter writer;
    private final FileActivity activity;

    public ExportService(ListCustomersUseCase customers, ListBillsUseCase bills, TabularWriter writer,
            FileActivity activity) {
        this.customers = customers;
        this.bills = bills;
        this.writer = writer;
        this.activity = activity;
    }

    @Override
    public void exportCustomers(ListCustomersQuery query, FileFormat format, OutputStream out) {
        long started = System.nanoTime();
        try (FileOnFirstRow file = new FileOnFirstRow(() -> writer.open(out, format, CUSTOMER_COLUMNS))) {
            customers.listCustomers(query, rows(file, format, ExportService::customerRow));
            file.completed();
            activity.exported(SheetKind.CUSTOMERS, file.rows, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void exportBills(ListBillsQuery query, FileFormat format, OutputStream out) {
        long started = System.nanoTime();
        try (FileOnFirstRow file = new FileOnFirstRow(() -> writer.open(out, format, billColumns()))) {
            bills.listBills(query, rows(file, format, ExportService::billRow));
            file.completed();
            activity.exported(SheetKind.BILLS, file.rows, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static List<Object> customerRow(CustomerView customer) {
        return Arrays.asList(customer.customerNumber(), customer.name(), customer.companyName(), customer.email(),
                customer.phone(), customer.address(), customer.linkId(), customer.monthlyRevenue().amount(),
                customer.potentialRevenue().amount(), customer.calculatedMonthlyRevenue(), customer.status(),
                customer.joinedOn(), customer.leftOn(), customer.kam() == null ? null : customer.kam().username());
    }

    private static List<Column> billColumns() {
        List<Column> columns = new ArrayList<>(List.of(text(BillSheet.BILL_NUMBER), text(BillSheet.CUSTOMER_EMAIL),
                text(BillSheet.CUSTOMER_NAME), text(BillSheet.CUSTOMER_PHONE), text(BillSheet.NTTN_CAP),
                text(BillSheet.NTTN_COM),
                date(BillSheet.ACTIVE_DATE), date(BillSheet.BILLING_DATE), date(BillSheet.TERMINATION_DATE)));
        for (BandwidthComponent component : BandwidthComponent.values()) {
            columns.add(new Column(BillSheet.quantity(component), ColumnType.QUANTITY));
            columns.add(money(BillSheet.price(component)));
        }
        columns.addAll(List.of(money(BillSheet.DISCOUNT), money(BillSheet.TOTAL_RECEIVED), money(BillSheet.TOTAL_BILL),
                money(BillSheet.TOTAL_DUE), text(BillSheet.STATUS), text(BillSheet.REMARKS)));
        return columns;
    }

    private static List<Object> billRow(BillView bill) {
        List<Object> values = new ArrayList<>(Arrays.asList(bill.billNumber(), bill.customer().email(),
                bill.customer().name(), bill.customer().phone(), bill.nttnCap(), bill.nttnCom(), bill.activeDate(),
                bill.billingDate(), bill.terminationDate()));
        for (BandwidthComponent component : BandwidthComponent.values()) {
            values.add(bill.lines().get(component).quantity().value());
            values.add(bill.lines().get(component).unitPrice().amount());
        }
        values.addAll(Arrays.asList(bill.discount().amount(), bill.totalReceived().amount(),
                bill.totalBill().amount(), bill.totalDue().amount(), bill.status(), bill.remarks()));
        return values;
    }

    /**
     * A download needs no count, except where a sheet holds a limited number of rows: then the rows
     * are counted first, and too many are refused before a byte is sent.
     */
    private static <T> ResultSink<T> rows(FileOnFirstRow file, FileFormat format, Function<T, List<Object>> toRow) {
        return new ResultSink<>() {
            @Override
            public boolean wantsTotal() {
                return format.isRowLimited();
            }

            @Override
            public void total(long count) {
                if (count > format.maxDataRows()) {
                    throw new ExportTooLargeException(format, count);
                }
            }

            @Override
            public void item(T item) {
                file.sink().row(toRow.apply(item));
                file.rows++;
            }
        };
    }

    /**
     * Opens the file only once the query has answered (its first row, or its end), so that a query
     * that fails, or a count that is refused, leaves the response untouched for an error answer.
     */
    private static final class FileOnFirstRow implements AutoCloseable {

        private final Supplier<TabularSink> opener;
        private TabularSink sink;
        private long rows;

        FileOnFirstRow(Supplier<TabularSink> opener) {
            this.opener = opener;
        }

        TabularSink sink() {
            if (sink == null) {
                sink = opener.get();
            }
            return sink;
        }

        /** Called when the query finished: an empty result is still a file, with its header. */
        void completed() {
            sink();
        }

        @Override
        public void close() {
            if (sink != null) {
                sink.close();
            }
        }
    }

    private static Column text(String title) {
        return new Column(title, ColumnType.TEXT);
    }

    private static Column money(String title) {
        return new Column(title, ColumnType.MONEY);
    }

    private static Column date(String title) {
        return new Column(title, ColumnType.DATE);
    }
}
