package io.kamdesk.application.fileio.service;

import static io.kamdesk.application.fileio.testing.FakeTabularReader.row;
import static io.kamdesk.application.fileio.testing.RowProblems.CELL_AND_VIOLATION;
import static io.kamdesk.application.fileio.testing.RowProblems.ROW_COLUMN_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.fileio.testing.FakeTabularReader;
import io.kamdesk.application.fileio.testing.FileioFakes;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCustomersServiceTest {

    private static final List<String> HEADER = row("name", "email", "phone");

    private final FileioFakes fakes = new FileioFakes();
    private final ImportCustomersUseCase service = fakes.importCustomers();

    private final Viewer manager = fakes.givenManager("maria");
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");

    @SafeVarargs
    private static List<List<String>> sheet(List<String>... rows) {
        return List.of(rows);
    }

    private Optional<Customer> stored(String email) {
        return fakes.customers().findByEmailForUpdate(EmailAddress.of(email));
    }

    private Customer givenAcme(Long kamId) {
        return fakes.givenCustomer(kamId, new CustomerDetails("Acme Inc", "Acme Group", EmailAddress.of("ops@acme.test"),
                PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1", Money.of("5000"), Money.of("8000")));
    }

    // ---- headers

    @Test
    void importCustomers_headersInAnyCaseWithSpacesDashesOrUnderscores_findTheirColumns() {
        var file = sheet(row("  NAME ", "E-Mail", "phone_number", "Company-Name", "Monthly Revenue", "link id",
                        "POTENTIAL_REVENUE", "joined-on", "Status", "Address"),
                row("Acme Inc", "ops@acme.test", "01712345678", "Acme Group", "5000", "LNK-1", "8000", "2025-01-15",
                        "Inactive", "Gulshan 1"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        Customer acme = stored("ops@acme.test").orElseThrow();
        assertThat(acme.details()).isEqualTo(new CustomerDetails("Acme Inc", "Acme Group",
                EmailAddress.of("ops@acme.test"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1",
                Money.of("5000"), Money.of("8000")));
        assertThat(acme.joinedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(acme.status()).isEqualTo(CustomerStatus.INACTIVE);
    }

    @Test
    void importCustomers_theReceivablesSheetsCustomerColumns_findTheirColumns() {
        var file = sheet(row("SL", "Name Of Party", "E-mail", "Phone Number", "Link ID", "KAM"),
                row("1", "Acme Inc", "ops@acme.test", "01712345678", "LNK-1", "jane"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        Customer acme = stored("ops@acme.test").orElseThrow();
        assertThat(acme.details().name()).isEqualTo("Acme Inc");
        assertThat(acme.details().phone()).isEqualTo(PhoneNumber.of("01712345678"));
        assertThat(acme.details().linkId()).isEqualTo("LNK-1");
        assertThat(acme.kamId()).contains(jane.userId());
    }

    @Test
    void importCustomers_unknownColumns_areIgnored() {
        var file = sheet(row("customer_number", "name", "Favourite Colour", "email", "phone", "calculated_monthly_revenue"),
                row("KTL-X-99", "Acme Inc", "blue", "ops@acme.test", "01712345678", "123456"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(report.customersCreated()).isOne();
        assertThat(stored("ops@acme.test").orElseThrow().customerNumber()).isNotEqualTo("KTL-X-99");
    }

    @Test
    void importCustomers_requiredColumnsMissing_refusesTheFileNamingThem() {
        var file = sheet(row("Name Of Party", "Company"), row("Acme Inc", "Acme Group"));

        UnreadableFileException refusal = catchThrowableOfType(UnreadableFileException.class,
                () -> service.importCustomers(fakes.request(manager, file)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.problem()).isEqualTo(FileProblem.MISSING_COLUMNS);
        assertThat(refusal.details()).containsExactly(List.of("email", "phone"));
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.reader().allClosed()).isTrue();
    }

    @Test
    void importCustomers_emptyFile_refusesTheFile() {
        var file = sheet();

        assertThatThrownBy(() -> service.importCustomers(fakes.request(manager, file)))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(FileProblem.NO_HEADER));

        assertThat(fakes.reader().allClosed()).isTrue();
    }

    @Test
    void importCustomers_onlyTheHeader_processesNothingAndSucceeds() {
        var file = sheet(HEADER);

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(0, 0, 0, 0, 0, List.of(), true));
        assertThat(report.success()).isTrue();
    }

    // ---- upsert by e-mail

    @Test
    void importCustomers_newEmail_createsTheCustomerAssignedToTheImporter() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, 0, 0, List.of(), true));
        Customer acme = stored("ops@acme.test").orElseThrow();
        assertThat(acme.details().name()).isEqualTo("Acme Inc");
        assertThat(acme.kamId()).contains(manager.userId());
        assertThat(acme.joinedOn()).isEqualTo(fakes.today());
        assertThat(acme.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void importCustomers_knownEmailWrittenInAnotherCase_updatesThatCustomer() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(HEADER, row("Acme Renamed", "OPS@Acme.TEST", "01799999999"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 1, 0, 0, List.of(), true));
        assertThat(fakes.customers().all()).hasSize(1);
        Customer updated = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(updated.details().name()).isEqualTo("Acme Renamed");
        assertThat(updated.details().phone()).isEqualTo(PhoneNumber.of("01799999999"));
        assertThat(updated.customerNumber()).isEqualTo(acme.customerNumber());
    }

    @Test
    void importCustomers_rowAsStored_countsInNeitherAndTouchesNothing() {
        Customer acme = givenAcme(jane.userId());
        fakes.clock().advance(Duration.ofDays(2));
        var file = sheet(row("name", "company_name", "email", "phone", "address", "link_id", "monthly_revenue", "kam"),
                row("Acme Inc", "Acme Group", "ops@acme.test", "01712345678", "Gulshan 1", "LNK-1", "5000.00", "jane"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, 0, 0, List.of(), true));
        Customer after = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(after.updatedAt()).isEqualTo(acme.updatedAt());
        assertThat(after.details()).isEqualTo(acme.details());
    }

    @Test
    void importCustomers_sameFileTwice_changesNothingTheSecondTime() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "01812345678"));
        service.importCustomers(fakes.request(manager, file));
        List<Customer> afterFirst = fakes.customers().all();
        fakes.clock().advance(Duration.ofHours(1));

        ImportReport second = service.importCustomers(fakes.request(manager, file));

        assertThat(second).isEqualTo(new ImportReport(2, 0, 0, 0, 0, List.of(), true));
        assertThat(second.customersUnchanged()).isEqualTo(2);
        assertThat(fakes.customers().all()).usingRecursiveComparison().isEqualTo(afterFirst);
    }

    @Test
    void importCustomers_everyRow_isCountedOnceAsCreatedUpdatedUnchangedOrFailed() {
        service.importCustomers(fakes.request(manager, sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "01812345678"))));
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Zeta Networks", "noc@zeta.test", "01812345678"), row("New Co", "new@co.test", "01912345678"),
                row("", "bad", "x"), row("Twice Bad", "", ""));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.processed()).isEqualTo(5);
        assertThat(report.customersCreated()).isOne();
        assertThat(report.customersUpdated()).isOne();
        assertThat(report.customersUnchanged()).isOne();
        assertThat(report.rowsFailed()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowProblem::row).containsOnly(5, 6);
    }

    @Test
    void importCustomers_fileNamedAsAnotherFormat_isRefusedWhateverItHolds() {
        var request = new ImportFileCommand(manager, "customers.pdf", FakeTabularReader.sheet(List.of(HEADER,
                row("Acme Inc", "ops@acme.test", "01712345678"))), false, false, null);

        // when / then
        assertThatThrownBy(() -> service.importCustomers(request))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(FileProblem.NOT_A_SPREADSHEET_NAME));
        assertThat(stored("ops@acme.test")).isEmpty();
    }

    @Test
    void importCustomers_spreadsheetNamesOrNoExtension_areReadByContent() {
        for (String name : List.of("customers.CSV", "customers.xlsx", "customers.xls", "customers", "export.2025.csv")) {
            var request = new ImportFileCommand(manager, name, FakeTabularReader.sheet(List.of(HEADER,
                    row("Acme Inc", "ops@acme.test", "01712345678"))), false, false, null);

            ImportReport report = service.importCustomers(request);

            assertThat(report.errors()).as(name).isEmpty();
        }
    }

    @Test
    void importCustomers_blankCells_leaveTheStoredValuesAlone() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(row("name", "company_name", "email", "phone", "address", "link_id", "monthly_revenue",
                        "potential_revenue", "status", "joined_on", "kam"),
                row("Acme Renamed", "", "ops@acme.test", " ", "", "", "", "", "", "", ""));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        Customer after = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(after.details()).isEqualTo(new CustomerDetails("Acme Renamed", "Acme Group",
                EmailAddress.of("ops@acme.test"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1",
                Money.of("5000"), Money.of("8000")));
        assertThat(after.kamId()).contains(jane.userId());
        assertThat(after.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(after.joinedOn()).isEqualTo(acme.joinedOn());
    }

    // ---- problems per row

    @Test
    void importCustomers_invalidCell_reportsTheSpreadsheetRowTheFilesColumnTitleAndTheValue() {
        var file = sheet(row("Name Of Party", "E-mail", "Phone Number"),
                row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "12"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("Phone Number");
            assertThat(problem.value()).isEqualTo("12");
            assertThat(problem.violation()).isEqualTo(Violation.of(Reason.INVALID_PHONE));
        });
        assertThat(report.customersCreated()).isOne();
        assertThat(stored("noc@zeta.test")).isEmpty();
    }

    @Test
    void importCustomers_invalidEmail_isReportedUnderTheFilesEmailColumn() {
        var file = sheet(row("Name Of Party", "E-mail", "Phone Number"), row("Acme Inc", "not-an-email", "01712345678"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(
                tuple(2, "E-mail", "not-an-email", Violation.of(Reason.INVALID_EMAIL)));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_requiredCellsBlankForANewCustomer_reportsEachUnderItsColumn() {
        var file = sheet(row("Name Of Party", "E-mail", "Phone Number"), row("", "ops@acme.test", ""),
                row("Zeta Net", "", "01812345678"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(ROW_COLUMN_VIOLATION).containsExactlyInAnyOrder(
                tuple(2, "Name Of Party", Violation.of(Reason.REQUIRED)),
                tuple(2, "Phone Number", Violation.of(Reason.REQUIRED)),
                tuple(3, "E-mail", Violation.of(Reason.REQUIRED)));
        assertThat(report.success()).isFalse();
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_takenLinkId_isReportedUnderTheLinkIdColumn() {
        givenAcme(jane.userId());
        var file = sheet(row("name", "email", "phone", "Link ID"), row("Zeta Net", "noc@zeta.test", "01812345678",
                "LNK-1"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(
                tuple(2, "Link ID", "LNK-1", Violation.of(Reason.TAKEN, Subject.CUSTOMER)));
        assertThat(stored("noc@zeta.test")).isEmpty();
    }

    @Test
    void importCustomers_numberWithThousandsSeparators_isReadExactly() {
        var file = sheet(row("name", "email", "phone", "monthly_revenue", "potential_revenue"),
                row("Acme Inc", "ops@acme.test", "01712345678", "1,250.50", "1,000,000"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        Customer acme = stored("ops@acme.test").orElseThrow();
        assertThat(acme.details().monthlyRevenue()).hasToString("1250.50");
        assertThat(acme.details().potentialRevenue()).hasToString("1000000.00");
    }

    @Test
    void importCustomers_decimalComma_isReportedNotReadAsAnotherAmount() {
        var file = sheet(row("name", "email", "phone", "monthly_revenue"),
                row("Acme Inc", "ops@acme.test", "01712345678", "1250,50"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(RowProblem::violation).containsExactly(Violation.of(Reason.NOT_A_NUMBER));
        assertThat(stored("ops@acme.test")).isEmpty();
    }

    @Test
    void importCustomers_cellThatIsNoNumber_isReported() {
        var file = sheet(row("name", "email", "phone", "Monthly Revenue"),
                row("Acme Inc", "ops@acme.test", "01712345678", "lots"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(
                tuple(2, "Monthly Revenue", "lots", Violation.of(Reason.NOT_A_NUMBER)));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_negativeAmount_isReportedUnderItsColumn() {
        var file = sheet(row("name", "email", "phone", "Monthly Revenue"),
                row("Acme Inc", "ops@acme.test", "01712345678", "-5"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(ROW_COLUMN_VIOLATION).containsExactly(
                tuple(2, "Monthly Revenue", Violation.of(Reason.NEGATIVE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-05", "05/01/2025", "5/1/2025"})
    void importCustomers_dateAsIsoOrDayMonthYear_isRead(String cell) {
        var file = sheet(row("name", "email", "phone", "joined_on"), row("Acme Inc", "ops@acme.test", "01712345678",
                cell));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(stored("ops@acme.test").orElseThrow().joinedOn()).isEqualTo(LocalDate.of(2025, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "2025-02-30", "2025-13-01", "05.01.2025", "yesterday", "01/05/25x"})
    void importCustomers_dateThatIsNoDate_isReportedNotGuessed(String cell) {
        var file = sheet(row("name", "email", "phone", "Joined On"), row("Acme Inc", "ops@acme.test", "01712345678",
                cell));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "Joined On", cell, Violation.of(Reason.INVALID_DATE)));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_severalBadCellsInARow_reportsThemAll() {
        var file = sheet(row("name", "email", "phone", "monthly_revenue", "joined_on", "kam"),
                row("Acme Inc", "ops@acme.test", "01712345678", "abc", "someday", "nobody"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("monthly_revenue", "joined_on", "kam");
        assertThat(report.processed()).isOne();
    }

    // ---- KAM

    @ParameterizedTest
    @ValueSource(strings = {"jane", "JANE", "jane@kamdesk.test", " Jane@KamDesk.test "})
    void importCustomers_kamByUsernameOrEmail_assignsThatUser(String cell) {
        var file = sheet(row("name", "email", "phone", "KAM"), row("Acme Inc", "ops@acme.test", "01712345678", cell));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).isEmpty();
        assertThat(stored("ops@acme.test").orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void importCustomers_kamNobodyKnows_isReportedAndTheRowNotWritten() {
        var file = sheet(row("name", "email", "phone", "KAM"), row("Acme Inc", "ops@acme.test", "01712345678",
                "nobody"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(
                tuple(2, "KAM", "nobody", Violation.of(Reason.NO_ACTIVE_USER_NAMED, "nobody")));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_kamNoLongerActive_isReported() {
        fakes.kams().deactivate(john.userId());
        var file = sheet(row("name", "email", "phone", "KAM"), row("Acme Inc", "ops@acme.test", "01712345678",
                "john"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION)
                .containsExactly(tuple(2, "KAM", "john", Violation.of(Reason.NO_ACTIVE_USER_NAMED, "john")));
    }

    @Test
    void importCustomers_kamOfAnExistingCustomer_reassignsIt() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(row("name", "email", "phone", "kam"), row("Acme Inc", "ops@acme.test", "01712345678", "john"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.customersUpdated()).isOne();
        assertThat(fakes.customers().find(acme.id()).orElseThrow().kamId()).contains(john.userId());
    }

    // ---- scope

    @Test
    void importCustomers_ownScopeImporter_getsTheNewCustomersAssigned() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"));

        ImportReport report = service.importCustomers(fakes.request(jane, file));

        assertThat(report.customersCreated()).isOne();
        assertThat(stored("ops@acme.test").orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void importCustomers_ownScopeImporterNamingThemselvesAsKam_isAccepted() {
        var file = sheet(row("name", "email", "phone", "kam"), row("Acme Inc", "ops@acme.test", "01712345678", "jane"));

        ImportReport report = service.importCustomers(fakes.request(jane, file));

        assertThat(report.errors()).isEmpty();
        assertThat(stored("ops@acme.test").orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void importCustomers_ownScopeImporterNamingAnotherKam_isRefusedForThatRow() {
        var file = sheet(row("name", "email", "phone", "kam"), row("Acme Inc", "ops@acme.test", "01712345678", "john"),
                row("Zeta Net", "noc@zeta.test", "01812345678", ""));

        ImportReport report = service.importCustomers(fakes.request(jane, file));

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.refusal().refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        });
        assertThat(stored("ops@acme.test")).isEmpty();
        assertThat(stored("noc@zeta.test").orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void importCustomers_ownScopeImporterRowForAnotherKamsCustomer_isReportedAndLeavesItAlone() {
        Customer johns = givenAcme(john.userId());
        var file = sheet(row("Name", "E-mail", "Phone"), row("Taken Over", "ops@acme.test", "01799999999"),
                row("Zeta Net", "noc@zeta.test", "01812345678"));

        ImportReport report = service.importCustomers(fakes.request(jane, file));

        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(2, "E-mail", "ops@acme.test", Violation.of(Reason.CUSTOMER_NOT_YOURS)));
        assertThat(report.customersUpdated()).isZero();
        assertThat(report.customersCreated()).isOne();
        Customer after = fakes.customers().find(johns.id()).orElseThrow();
        assertThat(after.details()).isEqualTo(johns.details());
        assertThat(after.kamId()).contains(john.userId());
    }

    // ---- modes

    @Test
    void importCustomers_defaultMode_writesTheGoodRowsAndReportsTheBadOnes() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Broken", "broken@x.test", "nope"),
                row("Zeta Net", "noc@zeta.test", "01812345678"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.processed()).isEqualTo(3);
        assertThat(report.customersCreated()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(3);
        assertThat(report.written()).isTrue();
        assertThat(report.success()).isFalse();
        assertThat(fakes.customers().all()).extracting(customer -> customer.details().email().value())
                .containsExactly("ops@acme.test", "noc@zeta.test");
    }

    @Test
    void importCustomers_atomicModeWithABadRow_writesNothingAndReportsTheProblems() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(HEADER, row("Acme Renamed", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "01812345678"),
                row("Broken", "broken@x.test", "nope"));

        ImportReport report = service.importCustomers(fakes.atomicRequest(manager, file));

        assertThat(report.processed()).isEqualTo(3);
        assertThat(report.customersCreated()).isZero();
        assertThat(report.customersUpdated()).isZero();
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(4);
        assertThat(report.written()).isFalse();
        assertThat(fakes.customers().all()).singleElement()
                .satisfies(customer -> assertThat(customer.details()).isEqualTo(acme.details()));
    }

    @Test
    void importCustomers_atomicModeAllRowsGood_writesThemAll() {
        givenAcme(jane.userId());
        var file = sheet(HEADER, row("Acme Renamed", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "01812345678"));

        ImportReport report = service.importCustomers(fakes.atomicRequest(manager, file));

        assertThat(report).isEqualTo(new ImportReport(2, 1, 1, 0, 0, List.of(), true));
        assertThat(stored("ops@acme.test").orElseThrow().details().name()).isEqualTo("Acme Renamed");
        assertThat(stored("noc@zeta.test")).isPresent();
        assertThat(fakes.transactions().committed()).isOne();
    }

    @Test
    void importCustomers_dryRun_writesNothingAndReportsWhatItWouldDo() {
        Customer acme = givenAcme(jane.userId());
        var file = sheet(HEADER, row("Acme Renamed", "ops@acme.test", "01712345678"),
                row("Zeta Net", "noc@zeta.test", "01812345678"),
                row("Omega", "omega@x.test", "01912345678"));

        ImportReport report = service.importCustomers(fakes.dryRunRequest(manager, file));

        assertThat(report).isEqualTo(new ImportReport(3, 2, 1, 0, 0, List.of(), false));
        assertThat(fakes.customers().all()).singleElement()
                .satisfies(customer -> assertThat(customer.details()).isEqualTo(acme.details()));
        assertThat(fakes.transactions().committed()).isZero();
    }

    @Test
    void importCustomers_dryRunWithABadRow_reportsItBesideTheGoodRowsCounts() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Broken", "broken@x.test", "nope"));

        ImportReport report = service.importCustomers(fakes.dryRunRequest(manager, file));

        assertThat(report.customersCreated()).isOne();
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(3);
        assertThat(report.written()).isFalse();
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void importCustomers_blankRows_areSkippedNotCountedNorReported() {
        var file = sheet(HEADER, row("", "", ""), row("Acme Inc", "ops@acme.test", "01712345678"), row("  ", "\t"),
                row(), row("Zeta Net", "noc@zeta.test", "01812345678"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(2, 2, 0, 0, 0, List.of(), true));
    }

    @Test
    void importCustomers_rowsAfterBlankRows_keepTheirSpreadsheetNumbers() {
        var file = sheet(HEADER, row("", "", ""), row("", "", ""), row("Broken", "broken@x.test", "nope"));

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(4);
    }

    @Test
    void importCustomers_progress_isToldAfterEveryRow() {
        List<Long> told = new ArrayList<>();
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"),
                row("Broken", "broken@x.test", "nope"),
                row("Zeta Net", "noc@zeta.test", "01812345678"));
        var request = new ImportFileCommand(manager, FakeTabularReader.sheet(file), false, false, told::add);

        service.importCustomers(request);

        assertThat(told).containsExactly(1L, 2L, 3L);
    }

    @Test
    void importCustomers_moreRowsThanABatch_commitsBatchByBatchAndReportsLateRowsByTheirNumber() {
        List<List<String>> file = new ArrayList<>();
        file.add(HEADER);
        int rows = ImportRunner.BATCH_SIZE * 2 + 1;
        for (int n = 0; n < rows; n++) {
            file.add(n == ImportRunner.BATCH_SIZE + 7
                    ? row("Broken", "broken@x.test", "nope")
                    : row("Customer " + n, "c" + n + "@x.test", "0171" + String.format("%07d", n)));
        }

        ImportReport report = service.importCustomers(fakes.request(manager, file));

        assertThat(report.processed()).isEqualTo(rows);
        assertThat(report.customersCreated()).isEqualTo(rows - 1);
        assertThat(report.errors()).extracting(RowProblem::row).containsExactly(ImportRunner.BATCH_SIZE + 9);
        assertThat(fakes.transactions().committed()).isEqualTo(3);
    }

    @Test
    void importCustomers_anyOutcome_closesTheFile() {
        var file = sheet(HEADER, row("Acme Inc", "ops@acme.test", "01712345678"));

        service.importCustomers(fakes.request(manager, file));

        assertThat(fakes.reader().openedCount()).isOne();
        assertThat(fakes.reader().allClosed()).isTrue();
    }
}
