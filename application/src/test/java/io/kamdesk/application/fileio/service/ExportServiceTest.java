package io.kamdesk.application.fileio.service;

import static io.kamdesk.application.billing.testing.BillInputs.bill;
import static io.kamdesk.domain.billing.BandwidthComponent.BAISHAN;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.testing.FileioFakes;
import io.kamdesk.application.fileio.testing.RecordingTabularWriter.Download;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.sheet.ExportTooLargeException;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter.ColumnType;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportServiceTest {

    private static final LocalDate END_OF_FEBRUARY = LocalDate.of(2025, 2, 28);

    private final FileioFakes fakes = new FileioFakes();
    private final ExportCustomersUseCase customerExport = fakes.exportCustomers();
    private final ExportBillsUseCase billExport = fakes.exportBills();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final Viewer manager = fakes.givenManager("maria");
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Customer acme = fakes.givenCustomer(jane.userId(), new CustomerDetails("Acme Inc", "Acme Group",
            EmailAddress.of("ops@acme.test"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1",
            Money.of("5000"), Money.of("8000.5")));
    private final Customer zeta = fakes.givenCustomer(john.userId(), new CustomerDetails("Zeta Net", "",
            EmailAddress.of("noc@zeta.test"), PhoneNumber.of("+880 1812-345678"), "", null, Money.ZERO, Money.ZERO));

    private static ListCustomersQuery customers(Viewer viewer) {
        return new ListCustomersQuery(viewer, Optional.empty(), Optional.empty(), ListSpec.everything());
    }

    private static ListBillsQuery bills(Viewer viewer) {
        return new ListBillsQuery(viewer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ListSpec.everything());
    }

    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    private BillView givenAcmesBill() {
        return fakes.givenBill(manager, bill().customer(acme.id()).nttnCap("100 Mbps").nttnCom("Summit")
                .activeDate(LocalDate.of(2025, 1, 1)).billingDate(END_OF_FEBRUARY).line(IIG, "10", "100")
                .line(FNA, "2.5", "40").line(BAISHAN, "0.125", "8").discount("10").totalReceived("1000")
                .remarks("February").build());
    }

    /** The customer list as the database would answer a query matching {@code rows} rows, counted only. */
    private ListCustomersUseCase matching(long rows) {
        ListCustomersUseCase real = fakes.readCustomers();
        return new ListCustomersUseCase() {
            @Override
            public void listCustomers(ListCustomersQuery query, ResultSink<CustomerView> sink) {
                if (sink.wantsTotal()) {
                    sink.total(rows);
                }
                real.listCustomers(query, ResultSink.itemsOnly(sink::item));
            }

            @Override
            public CustomerView getCustomer(Viewer viewer, long customerId) {
                return real.getCustomer(viewer, customerId);
            }
        };
    }

    // ---- row limits

    @Test
    void exportCustomers_moreRowsThanAnXlsxSheetHolds_isRefusedBeforeAFileIsStarted() {
        var export = new ExportService(matching(1_048_576), fakes.readBills(), fakes.writer(), fakes.activity());

        // when / then
        assertThatThrownBy(() -> export.exportCustomers(customers(manager), FileFormat.XLSX, out))
                .isInstanceOfSatisfying(ExportTooLargeException.class, e -> {
                    assertThat(e.rows()).isEqualTo(1_048_576);
                    assertThat(e.format()).isEqualTo(FileFormat.XLSX);
                });
        assertThat(fakes.writer().downloadCount()).isZero();
        assertThat(out.size()).isZero();
    }

    @Test
    void exportCustomers_exactlyAFullXlsxSheet_isWritten() {
        var export = new ExportService(matching(1_048_575), fakes.readBills(), fakes.writer(), fakes.activity());

        export.exportCustomers(customers(manager), FileFormat.XLSX, out);

        assertThat(fakes.writer().last().rows()).hasSize(2);
    }

    @Test
    void exportCustomers_csvOfAnySize_isNotCounted() {
        var export = new ExportService(matching(5_000_000), fakes.readBills(), fakes.writer(), fakes.activity());

        export.exportCustomers(customers(manager), FileFormat.CSV, out);

        assertThat(fakes.writer().last().rows()).hasSize(2);
    }

    @Test
    void exportCustomers_queryFailing_startsNoFile() {
        ListCustomersUseCase failing = new ListCustomersUseCase() {
            @Override
            public void listCustomers(ListCustomersQuery query, ResultSink<CustomerView> sink) {
                throw new IllegalStateException("the database went away");
            }

            @Override
            public CustomerView getCustomer(Viewer viewer, long customerId) {
                throw new IllegalStateException("not used");
            }
        };
        var export = new ExportService(failing, fakes.readBills(), fakes.writer(), fakes.activity());

        // when / then
        assertThatThrownBy(() -> export.exportCustomers(customers(manager), FileFormat.CSV, out))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fakes.writer().downloadCount()).isZero();
    }

    @Test
    void exportCustomers_nothingMatching_isAFileWithItsHeaderOnly() {
        var query = new ListCustomersQuery(manager, Optional.of(999_999L), Optional.empty(), ListSpec.everything());

        customerExport.exportCustomers(query, FileFormat.CSV, out);

        assertThat(fakes.writer().last().rows()).isEmpty();
        assertThat(fakes.writer().last().closed()).isTrue();
    }

    // ---- customers

    @Test
    void exportCustomers_anyQuery_writesTheColumnsInOrderWithTheirTypes() {
        // given: the customers above

        customerExport.exportCustomers(customers(manager), FileFormat.XLSX, out);

        assertThat(fakes.writer().last().columns()).containsExactly(
                new Column("customer_number", ColumnType.TEXT), new Column("name", ColumnType.TEXT),
                new Column("company_name", ColumnType.TEXT), new Column("email", ColumnType.TEXT),
                new Column("phone", ColumnType.TEXT), new Column("address", ColumnType.TEXT),
                new Column("link_id", ColumnType.TEXT), new Column("monthly_revenue", ColumnType.MONEY),
                new Column("potential_revenue", ColumnType.MONEY),
                new Column("calculated_monthly_revenue", ColumnType.MONEY), new Column("status", ColumnType.TEXT),
                new Column("joined_on", ColumnType.DATE), new Column("left_on", ColumnType.DATE),
                new Column("kam", ColumnType.TEXT));
    }

    @Test
    void exportCustomers_aCustomer_writesItsValuesTyped() {
        // given: Acme, assigned to jane

        customerExport.exportCustomers(customers(manager), FileFormat.CSV, out);

        assertThat(fakes.writer().last().rows().getFirst()).containsExactlyElementsOf(values(acme.customerNumber(),
                "Acme Inc", "Acme Group", "ops@acme.test", "01712345678", "Gulshan 1", "LNK-1",
                new BigDecimal("5000.00"), new BigDecimal("8000.50"), BigDecimal.ZERO, "Active", fakes.today(), null,
                "jane"));
    }

    @Test
    void exportCustomers_customerWhoLeft_writesTheLeavingDate() {
        fakes.customers().save(Customer.restore(acme.id(), acme.customerNumber(), acme.details(), null,
                CustomerStatus.LOST, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 31), acme.createdAt(),
                acme.updatedAt()));

        customerExport.exportCustomers(customers(manager), FileFormat.CSV, out);

        Download download = fakes.writer().last();
        assertThat(download.column("status").getFirst()).isEqualTo("Lost");
        assertThat(download.column("joined_on").getFirst()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(download.column("left_on").getFirst()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(download.column("kam").getFirst()).isNull();
    }

    @Test
    void exportCustomers_anyQuery_writesToTheGivenStreamInTheGivenFormatAndFinishesTheFile() {
        // given: the customers above

        customerExport.exportCustomers(customers(manager), FileFormat.XLSX, out);

        Download download = fakes.writer().last();
        assertThat(download.out()).isSameAs(out);
        assertThat(download.format()).isEqualTo(FileFormat.XLSX);
        assertThat(download.closed()).isTrue();
    }

    @Test
    void exportCustomers_ownScopeViewer_writesOnlyTheirCustomers() {
        // given: Acme is jane's, Zeta john's

        customerExport.exportCustomers(customers(jane), FileFormat.CSV, out);

        assertThat(fakes.writer().last().column("email")).containsExactly("ops@acme.test");
    }

    @Test
    void exportCustomers_filteredQuery_writesOnlyWhatTheQuerySelects() {
        var query = new ListCustomersQuery(manager, Optional.of(john.userId()), Optional.empty(),
                ListSpec.everything());

        customerExport.exportCustomers(query, FileFormat.CSV, out);

        assertThat(fakes.writer().last().column("email")).containsExactly("noc@zeta.test");
    }

    @Test
    void exportCustomers_thenImportedBack_changesNothing() {
        fakes.clock().advance(Duration.ofDays(1));
        List<Customer> before = fakes.customers().all();
        customerExport.exportCustomers(customers(manager), FileFormat.CSV, out);
        var file = fakes.writer().last().asSheet();

        ImportReport report = fakes.importCustomers().importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 0, 0, List.of(), true));
        assertThat(fakes.customers().all()).usingRecursiveComparison().isEqualTo(before);
    }

    // ---- bills

    @Test
    void exportBills_anyQuery_writesTheColumnsInOrderWithTheirTypes() {
        // given: no bills at all

        billExport.exportBills(bills(manager), FileFormat.CSV, out);

        Download download = fakes.writer().last();
        assertThat(download.titles()).containsExactly("bill_number", "customer_email", "customer_name",
                "customer_phone", "nttn_cap", "nttn_com", "active_date", "billing_date", "termination_date", "iig_qt", "iig_qt_price", "fna",
                "fna_price", "ggc", "ggc_price", "cdn", "cdn_price", "bdix", "bdix_price", "baishan", "baishan_price",
                "discount", "total_received", "total_bill", "total_due", "status", "remarks");
        assertThat(download.columns()).extracting(Column::type).containsExactly(ColumnType.TEXT, ColumnType.TEXT,
                ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.DATE, ColumnType.DATE, ColumnType.DATE,
                ColumnType.QUANTITY, ColumnType.MONEY, ColumnType.QUANTITY, ColumnType.MONEY, ColumnType.QUANTITY,
                ColumnType.MONEY, ColumnType.QUANTITY, ColumnType.MONEY, ColumnType.QUANTITY, ColumnType.MONEY,
                ColumnType.QUANTITY, ColumnType.MONEY, ColumnType.MONEY, ColumnType.MONEY, ColumnType.MONEY,
                ColumnType.MONEY, ColumnType.TEXT, ColumnType.TEXT);
        assertThat(download.rows()).isEmpty();
        assertThat(download.closed()).isTrue();
    }

    @Test
    void exportBills_aBill_writesItsValuesTyped() {
        BillView issued = givenAcmesBill();

        billExport.exportBills(bills(manager), FileFormat.CSV, out);

        // 10 × 100 + 2.5 × 40 + 0.125 × 8 = 1101, less 10 is 1091 billed; 1000 received, 91 due
        assertThat(fakes.writer().last().rows()).singleElement().satisfies(row -> assertThat(row)
                .containsExactlyElementsOf(values(issued.billNumber(), "ops@acme.test", "Acme Inc",
                        acme.details().phone().value(), "100 Mbps",
                        "Summit", LocalDate.of(2025, 1, 1), END_OF_FEBRUARY, null,
                        new BigDecimal("10.0000"), new BigDecimal("100.00"), new BigDecimal("2.5000"),
                        new BigDecimal("40.00"), new BigDecimal("0.0000"), new BigDecimal("0.00"),
                        new BigDecimal("0.0000"), new BigDecimal("0.00"), new BigDecimal("0.0000"),
                        new BigDecimal("0.00"), new BigDecimal("0.1250"), new BigDecimal("8.00"),
                        new BigDecimal("10.00"), new BigDecimal("1000.00"), new BigDecimal("1091.00"),
                        new BigDecimal("91.00"), "Active", "February")));
    }

    @Test
    void exportBills_ownScopeViewer_writesOnlyTheBillsOfTheirCustomers() {
        givenAcmesBill();
        fakes.givenBill(manager, bill().customer(zeta.id()).billingDate(END_OF_FEBRUARY).build());

        billExport.exportBills(bills(john), FileFormat.CSV, out);

        assertThat(fakes.writer().last().column("customer_email")).containsExactly("noc@zeta.test");
    }

    @Test
    void exportBills_filteredQuery_writesOnlyWhatTheQuerySelects() {
        givenAcmesBill();
        fakes.givenBill(manager, bill().customer(acme.id()).billingDate(END_OF_FEBRUARY.plusDays(1))
                .status("Inactive").build());
        var query = new ListBillsQuery(manager, Optional.of(BillStatus.INACTIVE), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ListSpec.everything());

        billExport.exportBills(query, FileFormat.CSV, out);

        assertThat(fakes.writer().last().column("billing_date")).containsExactly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void exportBills_thenImportedBack_changesNothing() {
        givenAcmesBill();
        fakes.givenBill(manager, bill().customer(zeta.id()).nttnCom("Fiber@Home").billingDate(END_OF_FEBRUARY)
                .terminationDate(LocalDate.of(2025, 6, 30)).line(IIG, "1", "99.99").status("Inactive").build());
        fakes.clock().advance(Duration.ofDays(1));
        List<Bill> billsBefore = fakes.bills().all();
        List<Customer> customersBefore = fakes.customers().all();
        billExport.exportBills(bills(manager), FileFormat.XLSX, out);
        var file = fakes.writer().last().asSheet();

        ImportReport report = fakes.importBills().importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 0, 0, List.of(), true));
        assertThat(fakes.bills().all()).usingRecursiveComparison().isEqualTo(billsBefore);
        assertThat(fakes.customers().all()).usingRecursiveComparison().isEqualTo(customersBefore);
    }

    @Test
    void exportBills_importedIntoAnEmptySystem_createsTheCustomersAndTheSameBills() {
        BillView issued = givenAcmesBill();
        Bill original = fakes.bills().all().getFirst();
        billExport.exportBills(bills(manager), FileFormat.XLSX, out);
        var file = fakes.writer().last().asSheet();
        FileioFakes elsewhere = new FileioFakes();
        Viewer admin = elsewhere.givenManager("maria");

        ImportReport report = elsewhere.importBills().importBills(elsewhere.request(admin, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, 1, 0, List.of(), true));
        Customer copy = elsewhere.customers().all().getFirst();
        assertThat(copy.details().name()).isEqualTo("Acme Inc");
        assertThat(copy.details().email()).isEqualTo(acme.details().email());
        assertThat(copy.details().phone()).isEqualTo(acme.details().phone());
        Bill copied = elsewhere.bills().all().getFirst();
        assertThat(copied.terms()).isEqualTo(original.terms());
        assertThat(copied.charges()).isEqualTo(original.charges());
        assertThat(copied.status()).isEqualTo(original.status());
        assertThat(copied.totalBill().amount()).isEqualByComparingTo(issued.totalBill().amount());
    }
}
