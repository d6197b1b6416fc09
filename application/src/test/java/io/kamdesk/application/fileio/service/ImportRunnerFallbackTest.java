package io.kamdesk.application.fileio.service;

import static io.kamdesk.application.fileio.testing.FakeTabularReader.row;
import static io.kamdesk.application.fileio.testing.RowProblems.CELL_AND_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.billing.service.UpsertBillsService;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.crm.service.CustomerQueryService;
import io.kamdesk.application.crm.service.UpsertCustomersService;
import io.kamdesk.application.crm.testing.InMemoryCustomerRepository;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.testing.CrmBillableCustomers;
import io.kamdesk.application.fileio.testing.FakeTabularReader;
import io.kamdesk.application.fileio.testing.FileioFakes;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link ImportRunner} does when the store refuses a batch written in bulk: a concurrent writer
 * took a link id between the batch's read and its write. The batch is undone and written again row by
 * row, each row in a savepoint of its own: the good rows are written, the clashing one is reported
 * under its row number and column, and every row is counted once.
 */
class ImportRunnerFallbackTest {

    private static final Violation TAKEN = Violation.of(Reason.TAKEN, Subject.CUSTOMER);

    private final FileioFakes fakes = new FileioFakes();
    private final Viewer manager = fakes.givenManager("maria");
    private final StaleLinkIdReads customers = new StaleLinkIdReads(fakes.customers());
    private final UpsertCustomersUseCase upsertCustomers = new UpsertCustomersService(customers, fakes.kams(),
            fakes.transactions(), fakes.calendar(), new CrmSettings("KTL"));
    private final ImportCustomersService importCustomers = new ImportCustomersService(fakes.reader(),
            TabularReader.ReadLimits.standard(), fakes.transactions(), fakes.findKams(), upsertCustomers,
            FileActivity.NONE);
    private final ImportBillsService importBills = new ImportBillsService(fakes.reader(),
            TabularReader.ReadLimits.standard(), fakes.transactions(), fakes.findKams(),
            new CustomerQueryService(customers, fakes.calendar()), upsertCustomers,
            new UpsertBillsService(fakes.bills(), new CrmBillableCustomers(fakes.customers()), fakes.transactions(),
                    fakes.calendar(), new BillingSettings("KTL"), fakes.payments()), FileActivity.NONE);

    /** The customer the concurrent writer stored with LNK-1, after the batch had read the link ids in use. */
    private final Customer concurrent = fakes.givenCustomer(null, new CustomerDetails("Rival Ltd", "",
            EmailAddress.of("rival@x.test"), PhoneNumber.of("01911111111"), "", "LNK-1", Money.ZERO, Money.ZERO));

    private final Customer acme = fakes.givenCustomer(manager.userId(), "Acme Inc", "ops@acme.test");

    private static List<List<String>> customerSheet() {
        return List.of(row("name", "email", "phone", "Link ID"),
                row("Acme Renamed", "ops@acme.test", "01712345678", ""),
                row("Zeta Net", "noc@zeta.test", "01812345678", "LNK-1"),
                row("Omega", "omega@x.test", "01912345678", "LNK-2"),
                row("Delta", "delta@x.test", "01612345678", ""));
    }

    private Optional<Customer> stored(String email) {
        return fakes.customers().findByEmailForUpdate(EmailAddress.of(email));
    }

    private void assertWrittenRowByRow(ImportReport report) {
        assertThat(report).isEqualTo(new ImportReport(4, 2, 1, 0, 0,
                List.of(RowProblem.of(3, "Link ID", "LNK-1", "linkId", TAKEN)), true));
        assertThat(stored("noc@zeta.test")).isEmpty();
        assertThat(stored("ops@acme.test").orElseThrow().details().name()).isEqualTo("Acme Renamed");
        assertThat(stored("omega@x.test").orElseThrow().details().linkId()).isEqualTo("LNK-2");
        assertThat(stored("delta@x.test")).isPresent();
        assertThat(fakes.customers().find(concurrent.id()).orElseThrow()).usingRecursiveComparison()
                .isEqualTo(concurrent);
        assertThat(fakes.customers().all()).hasSize(4);
    }

    @Test
    void importCustomers_bulkWriteRefusedOnce_writesTheBatchRowByRowAndReportsTheClashingRow() {
        customers.hide("LNK-1", 1);
        List<Long> told = new ArrayList<>();

        ImportReport report = importCustomers.importCustomers(new ImportFileCommand(manager,
                FakeTabularReader.sheet(customerSheet()), false, false, told::add));

        assertWrittenRowByRow(report);
        assertThat(customers.refusedWrites()).isEqualTo(1);
        assertThat(told).containsExactly(1L, 2L, 3L, 4L);
        assertThat(fakes.transactions().committed()).isOne();
        assertThat(fakes.transactions().rolledBackToSavepoint()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void importCustomers_rowRefusedByTheStoreEvenAlone_isReportedAndItsNeighboursWritten() {
        customers.hide("LNK-1", Integer.MAX_VALUE);

        ImportReport report = importCustomers.importCustomers(fakes.request(manager, customerSheet()));

        assertWrittenRowByRow(report);
        // once for the batch, once for the row alone
        assertThat(customers.refusedWrites()).isEqualTo(2);
    }

    @Test
    void importCustomers_bulkWriteRefusedInALaterBatch_keepsTheEarlierBatchAndTheRowNumbers() {
        customers.hide("LNK-1", Integer.MAX_VALUE);
        List<List<String>> file = new ArrayList<>();
        file.add(row("name", "email", "phone", "link_id"));
        int rows = ImportRunner.BATCH_SIZE + 3;
        int clashing = ImportRunner.BATCH_SIZE + 1;
        for (int n = 0; n < rows; n++) {
            file.add(row("Customer " + n, "c" + n + "@x.test", "0171" + String.format("%07d", n),
                    n == clashing ? "LNK-1" : "L-" + n));
        }

        ImportReport report = importCustomers.importCustomers(fakes.request(manager, file));

        assertThat(report.processed()).isEqualTo(rows);
        assertThat(report.customersCreated()).isEqualTo(rows - 1);
        assertThat(report.errors()).extracting(CELL_AND_VIOLATION).containsExactly(tuple(clashing + 2, "link_id", "LNK-1", TAKEN));
        assertThat(stored("c" + clashing + "@x.test")).isEmpty();
        assertThat(fakes.customers().all()).hasSize(rows - 1 + 2);
        assertThat(fakes.transactions().committed()).isEqualTo(2);
    }

    @Test
    void importCustomers_atomicModeWithARowRefusedByTheStore_writesNothing() {
        customers.hide("LNK-1", Integer.MAX_VALUE);

        ImportReport report = importCustomers.importCustomers(fakes.atomicRequest(manager, customerSheet()));

        assertThat(report).isEqualTo(new ImportReport(4, 0, 0, 0, 0,
                List.of(RowProblem.of(3, "Link ID", "LNK-1", "linkId", TAKEN)), false));
        assertThat(fakes.customers().all()).extracting(Customer::id).containsExactlyInAnyOrder(concurrent.id(), acme.id());
    }

    @Test
    void importCustomers_storeFailingForAnotherReason_failsTheImportRatherThanReportingARow() {
        customers.failWith(new IllegalStateException("connection lost"));

        assertThatThrownBy(() -> importCustomers.importCustomers(fakes.request(manager, customerSheet())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("connection lost");

        assertThat(fakes.customers().all()).extracting(Customer::id).containsExactlyInAnyOrder(concurrent.id(), acme.id());
        assertThat(fakes.reader().allClosed()).isTrue();
    }

    @Test
    void importBills_customerCreationRefusedByTheStore_writesTheOtherRowsAndReportsItUnderLinkId() {
        customers.hide("LNK-1", Integer.MAX_VALUE);
        var file = List.of(row("customer_email", "name", "phone", "link id", "billing_date", "nttn_cap", "iig_qt",
                        "iig_qt_price"),
                row("new@x.test", "New Co", "01712345670", "LNK-9", "2025-02-28", "10 Mbps", "10", "100"),
                row("noc@zeta.test", "Zeta Net", "01812345678", "LNK-1", "2025-02-28", "10 Mbps", "10", "100"),
                row("ops@acme.test", "", "", "", "2025-02-28", "10 Mbps", "10", "100"));

        ImportReport report = importBills.importBills(fakes.request(manager, file));

        assertThat(report).isEqualTo(new ImportReport(3, 1, 0, 2, 0,
                List.of(RowProblem.of(3, "link id", "LNK-1", "linkId", TAKEN)), true));
        assertThat(stored("noc@zeta.test")).isEmpty();
        assertThat(fakes.bills().all()).extracting(Bill::customerId)
                .containsExactlyInAnyOrder(stored("new@x.test").orElseThrow().id(), acme.id());
        assertThat(customers.refusedWrites()).isEqualTo(2);
    }

    /**
     * The CRM fake, seen by a batch that read the link ids in use before a concurrent writer stored
     * one of them: {@link #linkIdOwners} misses it (for as many reads as asked), and a write that
     * clashes with it is refused as the database adapter refuses it, with the service's own answer.
     */
    private static final class StaleLinkIdReads implements CustomerRepository {

        private final InMemoryCustomerRepository store;
        private final Map<String, Integer> hidden = new HashMap<>();
        private RuntimeException failure;
        private int refusedWrites;

        StaleLinkIdReads(InMemoryCustomerRepository store) {
            this.store = store;
        }

        void hide(String linkId, int reads) {
            hidden.put(linkId, reads);
        }

        void failWith(RuntimeException fault) {
            failure = fault;
        }

        int refusedWrites() {
            return refusedWrites;
        }

        @Override
        public Map<String, Long> linkIdOwners(Collection<String> linkIds) {
            Map<String, Long> owners = new HashMap<>(store.linkIdOwners(linkIds));
            for (String linkId : Set.copyOf(owners.keySet())) {
                int reads = hidden.getOrDefault(linkId, 0);
                if (reads > 0) {
                    owners.remove(linkId);
                    hidden.put(linkId, reads - 1);
                }
            }
            return owners;
        }

        @Override
        public void insertAll(List<Customer> customers) {
            write(() -> store.insertAll(customers));
        }

        @Override
        public void updateAll(List<Customer> customers) {
            write(() -> store.updateAll(customers));
        }

        @Override
        public void insert(Customer customer) {
            write(() -> store.insert(customer));
        }

        @Override
        public void update(Customer customer) {
            write(() -> store.update(customer));
        }

        /** As ConstraintViolations answers a unique index the write violated. */
        private void write(Runnable work) {
            if (failure != null) {
                throw failure;
            }
            try {
                work.run();
            } catch (InvalidInputException clash) {
                if (clash.fieldErrors().containsKey("linkId")) {
                    refusedWrites++;
                }
                throw clash;
            }
        }

        @Override
        public long nextId() {
            return store.nextId();
        }

        @Override
        public List<Long> nextIds(int count) {
            return store.nextIds(count);
        }

        @Override
        public void delete(long id) {
            store.delete(id);
        }

        @Override
        public Optional<Customer> findVisibleForUpdate(Viewer viewer, long id) {
            return store.findVisibleForUpdate(viewer, id);
        }

        @Override
        public Optional<Customer> findByEmailForUpdate(EmailAddress email) {
            return store.findByEmailForUpdate(email);
        }

        @Override
        public Map<EmailAddress, Located> findByEmailsForUpdate(Viewer viewer, Collection<EmailAddress> emails) {
            return store.findByEmailsForUpdate(viewer, emails);
        }

        @Override
        public Map<EmailAddress, CustomerKey> findKeysByEmails(Viewer viewer, Collection<EmailAddress> emails) {
            return store.findKeysByEmails(viewer, emails);
        }

        @Override
        public boolean linkIdTaken(String linkId, Long exceptId) {
            return store.linkIdTaken(linkId, exceptId);
        }

        @Override
        public boolean hasBills(long customerId) {
            return store.hasBills(customerId);
        }

        @Override
        public Optional<CustomerView> findView(Viewer viewer, long id, YearMonth month) {
            return store.findView(viewer, id, month);
        }

        @Override
        public void list(ListCustomersQuery query, YearMonth month, ResultSink<CustomerView> sink) {
            store.list(query, month, sink);
        }
    }
}
