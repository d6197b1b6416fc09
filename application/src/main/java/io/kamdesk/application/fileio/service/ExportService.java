package io.kamdesk.application.fileio.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.date;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.money;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.quantity;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.fileio.SheetKind;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        long rows = SheetExport.write(writer, out, format, CUSTOMER_COLUMNS,
                sink -> customers.listCustomers(query, sink), ExportService::customerRow);
        activity.exported(SheetKind.CUSTOMERS, rows, Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void exportBills(ListBillsQuery query, FileFormat format, OutputStream out) {
        long started = System.nanoTime();
        long rows = SheetExport.write(writer, out, format, billColumns(), sink -> bills.listBills(query, sink),
                ExportService::billRow);
        activity.exported(SheetKind.BILLS, rows, Duration.ofNanos(System.nanoTime() - started));
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
            columns.add(quantity(BillSheet.quantity(component)));
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
}
