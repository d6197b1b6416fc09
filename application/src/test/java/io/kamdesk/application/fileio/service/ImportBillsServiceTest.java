package io.kamdesk.application.fileio.service;

import static io.kamdesk.application.billing.testing.BillInputs.bill;
import static io.kamdesk.application.fileio.testing.FakeTabularReader.row;
import static io.kamdesk.application.fileio.testing.RowProblems.CELL_AND_VIOLATION;
import static io.kamdesk.application.fileio.testing.RowProblems.ROW_COLUMN_VIOLATION;
import static io.kamdesk.domain.billing.BandwidthComponent.BAISHAN;
import static io.kamdesk.domain.billing.BandwidthComponent.BDIX;
import static io.kamdesk.domain.billing.BandwidthComponent.CDN;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.GGC;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.fileio.testing.FakeTabularReader;
import io.kamdesk.application.fileio.testing.FileioFakes;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportBillsServiceTest {

    /** The business's own receivables sheet, as it is kept. */
    private static final List<String> RECEIVABLES = row("SL", "Name Of Party", "E-mail", "Phone Number", "Link ID",
            "NTTN Com", "NTTN Cap", "Active Date", "Billing Date", "Termination Date", "IIG-QT", "Price", "FNA", "Price",
            "GGC", "Price", "CDN", "Price", "BDIX", "Price", "BAISHAN", "Price", "Total Bill", "Total Received",
            "Total Due", "Discount", "Remarks", "KAM");
    private static final List<String> HEADER = row("customer_email", "billing_date", "nttn_cap", "nttn_com", "iig_qt",
            "iig_qt_price", "discount", "total_received");
    private static final LocalDate END_OF_FEBRUARY = LocalDate.of(2025, 2, 28);

    private final FileioFakes fakes = new FileioFakes();
    private final ImportBillsUseCase service = fakes.importBills();

    private final Viewer manager = fakes.givenManager("maria");
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");

    @SafeVarargs
    private static List<List<String>> sheet(List<String>... rows) {
        return List.of(rows);
    }

    /**
     * A receivables row of Acme: 10 × 100 + 2 × 50 + 3 × 20 + 1 × 30 + 4 × 5 + 0.5 × 200 = 1310, less
     * a discount of 10 is 1300 billed, 1000 received, 300 due.
     */
    private static List<String> acmeReceivable() {
        return row("1", "Acme Inc", "ops@acme.test", "01712345678", "LNK-1", "Summit", "100 Mbps", "01/01/2025",
                "28/02/2025", "", "10", "100", "2", "50", "3", "20", "1", "30", "4", "5", "0.5", "200", "1,300.00",
                "1,000.00", "300.00", "10", "February", "jane");
    }

    /** The receivables row with one cell changed. */
    private static List<String> acmeReceivable(String column, String value) {
        return with(acmeReceivable(), column, value);
    }

    /** The same bill for another customer, who has a link id of its own. */
    private static List<String> zetaReceivable() {
        return with(with(with(with(acmeReceivable(), "E-mail", "noc@zeta.test"), "Name Of Party", "Zeta Net"),
                "Phone Number", "01812345678"), "Link ID", "LNK-2");
    }

    private static List<String> with(List<String> row, String column, String value) {
        List<String> cells = new ArrayList<>(row);
        cells.set(RECEIVABLES.indexOf(column), value);
        return cells;
    }

    private Customer givenAcme(Long kamId) {
        return fakes.givenCustomer(kamId, new CustomerDetails("Acme Inc", "Acme Group", EmailAddress.of("ops@acme.test"),
                PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1", Money.of("5000"), Money.of("8000")));
    }

    private BillView givenBill(Customer customer, String iigPrice) {
        return fakes.givenBill(manager, bill().customer(customer.id()).nttnCap("100 Mbps").nttnCom("Summit")
                .billingDate(END_OF_FEBRUARY).line(IIG, "10", iigPrice).build());
    }

    private Optional<Customer> stored(String email) {
        return fakes.customers().findByEmailForUpdate(EmailAddress.of(email));
    }

    private static BillLine line(BandwidthComponent component, String quantity, String price) {
        return new BillLine(component, Quantity.of(quantity), Money.of(price));
    }

    // ---- the receivables sheet and its columns

    @Test
    void importBills_theReceivablesSheet_importsUnchanged() {
        var file = sheet(RECEIVABLES, acmeReceivable());

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, 1, 0, List.of(), true));
        Customer acme = stored("ops@acme.test").orElseThrow();
        assertThat(acme.details().name()).isEqualTo("Acme Inc");
        assertThat(acme.details().phone()).isEqualTo(PhoneNumber.of("01712345678"));
        assertThat(acme.details().linkId()).isEqualTo("LNK-1");
        assertThat(acme.kamId()).contains(jane.userId());
        Bill stored = fakes.bills().all().getFirst();
        assertThat(stored.customerId()).isEqualTo(acme.id());
        assertThat(stored.terms()).isEqualTo(new Bill.BillTerms("100 Mbps", "Summit", LocalDate.of(2025, 1, 1),
                END_OF_FEBRUARY, null, "February"));
        assertThat(stored.charges().lines()).containsExactlyInAnyOrder(line(IIG, "10", "100"), line(FNA, "2", "50"),
                line(GGC, "3", "20"), line(CDN, "1", "30"), line(BDIX, "4", "5"), line(BAISHAN, "0.5", "200"));
        assertThat(stored.charges().discount()).isEqualTo(Money.of("10"));
        assertThat(stored.charges().received()).isEqualTo(Money.of("1000"));
        assertThat(stored.totalBill()).isEqualTo(Money.of("1300"));
        assertThat(stored.totalDue()).isEqualTo(Money.of("300"));
        assertThat(stored.status()).isEqualTo(BillStatus.ACTIVE);
    }

    @ParameterizedTest
    @CsvSource({"IIG, IIG-QT", "FNA, FNA", "GGC, GGC", "CDN, CDN", "BDIX, BDIX", "BAISHAN, BAISHAN"})
    void importBills_priceAfterAComponent_isThatComponentsUnitPrice(BandwidthComponent component, String title) {
        givenAcme(jane.userId());
        var file = sheet(row("E-mail", "Billing Date", "Price", title, "Price", "Remarks", "Price"),
                row("ops@acme.test", "2025-02-28", "999", "2", "7.5", "x", "888"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        Bill stored = fakes.bills().all().getFirst();
        for (BandwidthComponent other : BandwidthComponent.values()) {
            assertThat(stored.charges().line(other)).isEqualTo(other == component
                    ? line(component, "2", "7.5")
                    : BillLine.empty(other));
        }
        assertThat(stored.totalBill()).isEqualTo(Money.of("15"));
    }

    @Test
    void importBills_componentColumnsByTheirApiNames_findTheirColumns() {
        givenAcme(jane.userId());
        var file = sheet(row("customer_email", "billing_date", "iig_qt", "iig_qt_price", "Baishan_Price", "baishan",
                        "cdn price", "CDN"),
                row("ops@acme.test", "2025-02-28", "1", "10", "20", "2", "30", "3"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(fakes.bills().all().getFirst().charges().lines()).contains(line(IIG, "1", "10"),
                line(BAISHAN, "2", "20"), line(CDN, "3", "30"));
    }

    @Test
    void importBills_requiredColumnsMissing_refusesTheFileNamingThem() {
        var file = sheet(row("Name Of Party", "NTTN Cap"), row("Acme Inc", "100 Mbps"));

        UnreadableFileException refusal = catchThrowableOfType(UnreadableFileException.class,
                () -> service.importBills(fakes.request(manager, file)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.problem()).isEqualTo(FileProblem.MISSING_COLUMNS);
        assertThat(refusal.details().getFirst()).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("customer_email", "billing_date");
        assertThat(fakes.bills().all()).isEmpty();
    }

    // ---- the row's customer

    @Test
    void importBills_customerExists_billsItAndLeavesItAlone() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(RECEIVABLES, acmeReceivable("Name Of Party", "Another Name"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, 1, 0, List.of(), true));
        assertThat(fakes.customers().find(acme.id()).orElseThrow().details()).isEqualTo(acme.details());
        assertThat(fakes.bills().all()).singleElement().extracting(Bill::customerId).isEqualTo(acme.id());
    }

    @Test
    void importBills_newCustomerWithoutNameOrPhone_reportsThemUnderTheFilesColumns() {
        var file = sheet(RECEIVABLES, acmeReceivable("Name Of Party", ""), with(zetaReceivable(), "Phone Number", ""));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(ROW_COLUMN_VIOLATION).containsExactly(
                tuple(2, "Name Of Party", Violation.of(Reason.REQUIRED)),
                tuple(3, "Phone Number", Violation.of(Reason.REQUIRED)));
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_newCustomerAndNoCustomerColumns_reportsTheColumnsTheFileLacks() {
        var file = sheet(row("E-mail", "Billing Date"), row("ops@acme.test", "2025-02-28"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(ROW_COLUMN_VIOLATION).containsExactlyInAnyOrder(
                tuple(2, "customer_name", Violation.of(Reason.REQUIRED)),
                tuple(2, "customer_phone", Violation.of(Reason.REQUIRED)));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importBills_newCustomersPhoneInvalid_isReportedWithItsValue() {
        var file = sheet(RECEIVABLES, acmeReceivable("Phone Number", "123"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Phone Number");
            assertThat(problem.value()).isEqualTo("123");
        });
    }

    @Test
    void importBills_billRefusedAfterItsCustomerWasCreated_undoesTheCustomerToo() {
        var file = sheet(RECEIVABLES, acmeReceivable("Discount", "5000"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("Discount");
            assertThat(problem.value()).isEqualTo("5000");
            assertThat(problem.violation().reason()).isEqualTo(Reason.EXCEEDS_GROSS);
        });
        assertThat(report.customersCreated()).isZero();
        assertThat(stored("ops@acme.test")).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_terminationBeforeActivationOfANewCustomersBill_reportsItAndCreatesNoCustomer() {
        var file = sheet(RECEIVABLES, acmeReceivable("Termination Date", "31/12/2024"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(RowProblem::column).containsExactly("Termination Date");
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_kamOfANewCustomer_assignsThatUser() {
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", "john@kamdesk.test"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(stored("ops@acme.test").orElseThrow().kamId()).contains(john.userId());
    }

    @Test
    void importBills_kamNobodyKnows_isReportedAndNothingWritten() {
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", "ghost"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(
                tuple(2, "KAM", "ghost", Violation.of(Reason.NO_ACTIVE_USER_NAMED, "ghost")));
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    // ---- upsert by customer, billing date, NTTN capacity and company

    @Test
    void importBills_billWithTheSameNaturalKey_isUpdatedInPlace() {
        Customer acme = givenAcme(jane.userId());
        BillView existing = givenBill(acme, "80");
        var file = sheet(RECEIVABLES, acmeReceivable());

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, 0, 1, List.of(), true));
        Bill updated = fakes.bills().all().getFirst();
        assertThat(fakes.bills().all()).hasSize(1);
        assertThat(updated.id()).isEqualTo(existing.id());
        assertThat(updated.billNumber()).isEqualTo(existing.billNumber());
        assertThat(updated.charges().line(IIG)).isEqualTo(line(IIG, "10", "100"));
        assertThat(updated.totalBill()).isEqualTo(Money.of("1300"));
    }

    @ParameterizedTest
    @CsvSource({"NTTN Cap, 200 Mbps", "NTTN Com, Fiber@Home", "Billing Date, 31/03/2025"})
    void importBills_billDifferingInAPartOfTheNaturalKey_isANewBill(String column, String value) {
        Customer acme = givenAcme(jane.userId());
        givenBill(acme, "100");
        var file = sheet(RECEIVABLES, acmeReceivable(column, value));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, 1, 0, List.of(), true));
        assertThat(fakes.bills().all()).hasSize(2);
    }

    @Test
    void importBills_sameFileTwice_changesNothingTheSecondTime() {
        var file = sheet(RECEIVABLES, acmeReceivable(), acmeReceivable("Billing Date", "31/03/2025"),
                zetaReceivable());
        ImportReport first = service.importBills(fakes.request(manager, file));
        List<Bill> billsAfterFirst = fakes.bills().all();
        List<Customer> customersAfterFirst = fakes.customers().all();
        fakes.clock().advance(Duration.ofHours(1));

        ImportReport second = service.importBills(fakes.request(manager, file));

        assertThat(first).isEqualTo(new ImportReport(3, 2, 0, 3, 0, List.of(), true));
        assertThat(second).isEqualTo(new ImportReport(3, 0, 0, 0, 0, List.of(), true));
        assertThat(fakes.bills().all()).usingRecursiveComparison().isEqualTo(billsAfterFirst);
        assertThat(fakes.customers().all()).usingRecursiveComparison().isEqualTo(customersAfterFirst);
    }

    // ---- totals in the file

    @Test
    void importBills_totalBillDisagreeing_isReportedAndTheRowNotWritten() {
        var file = sheet(RECEIVABLES, acmeReceivable("Total Bill", "1,310.00"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "Total Bill", "1,310.00",
                Violation.of(Reason.STATED_TOTAL_MISMATCH, new BigDecimal("1310.00"), new BigDecimal("1300.00"))));
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_totalDueDisagreeing_isReportedAndTheRowNotWritten() {
        var file = sheet(RECEIVABLES, acmeReceivable("Total Due", "0"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(RowProblem::column, RowProblem::value)
                .containsExactly(tuple("Total Due", "0"));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_totalsDisagreeingForAnExistingBill_leaveItAsItWas() {
        Customer acme = givenAcme(jane.userId());
        givenBill(acme, "80");
        List<Bill> before = fakes.bills().all();
        var file = sheet(RECEIVABLES, acmeReceivable("Total Bill", "5"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.billsUpdated()).isZero();
        assertThat(report.errors()).extracting(RowProblem::column).containsExactly("Total Bill");
        assertThat(fakes.bills().all()).isEqualTo(before);
    }

    @Test
    void importBills_totalsAgreeingWrittenDifferently_pass() {
        var file = sheet(RECEIVABLES, acmeReceivable("Total Bill", "1300"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(report.billsCreated()).isOne();
    }

    // ---- cells

    @Test
    void importBills_billingDateBlank_isReportedAsRequired() {
        var file = sheet(RECEIVABLES, acmeReceivable("Billing Date", ""));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(ROW_COLUMN_VIOLATION).containsExactly(
                tuple(2, "Billing Date", Violation.of(Reason.REQUIRED)));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importBills_quantityThatIsNoNumber_isReportedUnderItsColumn() {
        var file = sheet(RECEIVABLES, acmeReceivable("FNA", "two"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "FNA", "two", Violation.of(Reason.NOT_A_NUMBER)));
    }

    @Test
    void importBills_priceWithTooManyDecimals_isReportedUnderThePriceColumnAfterItsComponent() {
        List<String> cells = new ArrayList<>(acmeReceivable());
        cells.set(RECEIVABLES.indexOf("GGC") + 1, "20.123");
        var file = sheet(RECEIVABLES, cells);

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "Price", "20.123", Violation.of(Reason.TOO_MANY_DECIMALS, 2)));
    }

    // ---- scope

    @Test
    void importBills_ownScopeImporterRowForAnotherKamsCustomer_isReportedAndWritesNothing() {
        givenAcme(john.userId());
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", ""));

        ImportReport report = service.importBills(fakes.request(jane, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "E-mail", "ops@acme.test", Violation.of(Reason.CUSTOMER_NOT_YOURS)));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_ownScopeImporterRowForAnotherKamsExistingBill_leavesTheBillAlone() {
        Customer johns = givenAcme(john.userId());
        givenBill(johns, "80");
        List<Bill> before = fakes.bills().all();
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", ""));

        ImportReport report = service.importBills(fakes.request(jane, file));

        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(2);
        assertThat(report.billsUpdated()).isZero();
        assertThat(fakes.bills().all()).isEqualTo(before);
    }

    @Test
    void importBills_ownScopeImporterNewCustomer_isAssignedToThem() {
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", ""));

        ImportReport report = service.importBills(fakes.request(jane, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, 1, 0, List.of(), true));
        assertThat(stored("ops@acme.test").orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void importBills_ownScopeImporterNamingAnotherKamForANewCustomer_isRefused() {
        var file = sheet(RECEIVABLES, acmeReceivable("KAM", "john"));

        ImportReport report = service.importBills(fakes.request(jane, file));

        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(2);
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    // ---- modes

    @Test
    void importBills_defaultMode_writesTheGoodRowsAndReportsTheBadOnes() {
        var file = sheet(RECEIVABLES, acmeReceivable(), acmeReceivable("Total Bill", "1"),
                acmeReceivable("Billing Date", "31/03/2025"));

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report.processed()).isEqualTo(3);
        assertThat(report.customersCreated()).isOne();
        assertThat(report.billsCreated()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(3);
        assertThat(report.written()).isTrue();
        assertThat(fakes.bills().all()).extracting(bill -> bill.terms().billingDate())
                .containsExactly(END_OF_FEBRUARY, LocalDate.of(2025, 3, 31));
    }

    @Test
    void importBills_atomicModeWithABadRow_writesNoCustomerAndNoBill() {
        var file = sheet(RECEIVABLES, acmeReceivable(), zetaReceivable(), acmeReceivable("Total Bill", "1"));

        ImportReport report = service.importBills(fakes.atomicRequest(manager, file));

        assertThat(report).isEqualTo(new ImportReport(3, 0, 0, 0, 0, report.errors(), false));
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(4);
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void importBills_atomicModeAllRowsGood_writesThemAll() {
        var file = sheet(RECEIVABLES, acmeReceivable(), acmeReceivable("Billing Date", "31/03/2025"));

        ImportReport report = service.importBills(fakes.atomicRequest(manager, file));

        assertThat(report).isEqualTo(new ImportReport(2, 1, 0, 2, 0, List.of(), true));
        assertThat(fakes.bills().all()).hasSize(2);
    }

    @Test
    void importBills_dryRun_writesNothingAndReportsWhatItWouldDo() {
        Customer zeta = fakes.givenCustomer(jane.userId(), "Zeta Net", "noc@zeta.test");
        fakes.givenBill(manager, bill().customer(zeta.id()).nttnCap("100 Mbps").nttnCom("Summit")
                .billingDate(END_OF_FEBRUARY).build());
        List<Bill> before = fakes.bills().all();
        var file = sheet(RECEIVABLES, acmeReceivable(), acmeReceivable("Billing Date", "31/03/2025"),
                acmeReceivable("E-mail", "noc@zeta.test"));

        ImportReport report = service.importBills(fakes.dryRunRequest(manager, file));

        assertThat(report).isEqualTo(new ImportReport(3, 1, 0, 2, 1, List.of(), false));
        assertThat(fakes.customers().all()).containsExactly(zeta);
        assertThat(fakes.bills().all()).isEqualTo(before);
    }

    @Test
    void importBills_blankRows_areSkipped() {
        List<String> blank = Collections.nCopies(RECEIVABLES.size(), "");
        var file = sheet(RECEIVABLES, blank, acmeReceivable(), blank);

        ImportReport report = service.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, 1, 0, List.of(), true));
    }

    @Test
    void importBills_progress_isToldAfterEveryRow() {
        List<Long> told = new ArrayList<>();
        var file = sheet(RECEIVABLES, acmeReceivable(), acmeReceivable("Total Bill", "1"));
        var request = new ImportFileCommand(manager, FakeTabularReader.sheet(file), false, false, told::add);

        service.importBills(request);

        assertThat(told).containsExactly(1L, 2L);
    }
}
