package io.kamdesk.application.fileio.testing;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.billing.service.BillQueryService;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.billing.service.CreateBillService;
import io.kamdesk.application.billing.service.UpdateBillService;
import io.kamdesk.application.billing.service.UpsertBillsService;
import io.kamdesk.application.billing.testing.InMemoryBillRepository;
import io.kamdesk.application.billing.testing.InMemoryPaymentRepository;
import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.FindKamUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.LocateCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.crm.port.out.KamDirectory.Kam;
import io.kamdesk.application.crm.service.AssignableUsersQueryService;
import io.kamdesk.application.crm.service.CreateCustomerService;
import io.kamdesk.application.crm.service.CustomerQueryService;
import io.kamdesk.application.crm.service.UpdateCustomerService;
import io.kamdesk.application.crm.service.UpsertCustomersService;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.application.crm.testing.InMemoryCustomerRepository;
import io.kamdesk.application.crm.testing.InMemoryKamDirectory;
import io.kamdesk.application.crm.testing.InMemoryProspectRepository;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.service.ExportService;
import io.kamdesk.application.fileio.service.ImportBillsService;
import io.kamdesk.application.fileio.service.ImportCustomersService;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The import and export use cases over the CRM and billing fakes: one clock and business calendar
 * (from {@link CrmFakes}), one customer store that bills are issued to, and one transaction manager
 * over customers, prospects and bills, so that a savepoint undoes a row's customer and bill together.
 * Files are read by a {@link FakeTabularReader} and downloads kept by a {@link RecordingTabularWriter}.
 */
public final class FileioFakes {

    /** What the services carry in a viewer; they do not check it (the REST edge does). */
    public static final Set<PermissionCode> PERMISSIONS = Stream.of("customers", "bills")
            .flatMap(resource -> Stream.of("read", "create", "update", "import", "export")
                    .map(action -> PermissionCode.of(resource + ":" + action)))
            .collect(Collectors.toUnmodifiableSet());

    private final CrmFakes crm = new CrmFakes();
    private final CrmBillableCustomers billableCustomers = new CrmBillableCustomers(crm.customers());
    private final InMemoryBillRepository bills = new InMemoryBillRepository(billableCustomers);
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository(bills, billableCustomers);

    {
        crm.customers().joinBills(bills::hasBillsOf);
    }
    private final InMemoryTransactions transactions = new InMemoryTransactions(crm.prospects(), crm.customers(),
            bills, payments);
    private final BillingSettings billingSettings = new BillingSettings("KTL");

    private final CreateCustomerUseCase createCustomer = new CreateCustomerService(crm.customers(), crm.kams(),
            transactions, crm.calendar(), crm.settings());
    private final UpdateCustomerUseCase updateCustomer = new UpdateCustomerService(crm.customers(), crm.kams(),
            transactions, crm.calendar());
    private final CustomerQueryService readCustomers = new CustomerQueryService(crm.customers(), crm.calendar());
    private final AssignableUsersQueryService findKams = new AssignableUsersQueryService(crm.kams());
    private final CreateBillUseCase createBill = new CreateBillService(bills, billableCustomers, transactions,
            crm.calendar(), billingSettings, payments);
    private final UpdateBillUseCase updateBill = new UpdateBillService(bills, transactions, crm.calendar(),
            payments);
    private final ListBillsUseCase readBills = new BillQueryService(bills);

    private final FakeTabularReader reader = new FakeTabularReader();
    private final RecordingTabularWriter writer = new RecordingTabularWriter();
    private final UpsertCustomersUseCase upsertCustomers = new UpsertCustomersService(crm.customers(), crm.kams(),
            transactions, crm.calendar(), crm.settings());
    private final UpsertBillsUseCase upsertBills = new UpsertBillsService(bills, billableCustomers, transactions,
            crm.calendar(), billingSettings, payments);
    private final RecordingFileActivity activity = new RecordingFileActivity();
    private final ImportCustomersService importCustomers = new ImportCustomersService(reader,
            TabularReader.ReadLimits.standard(), transactions, findKams, upsertCustomers, activity);
    private final ImportBillsService importBills = new ImportBillsService(reader, TabularReader.ReadLimits.standard(),
            transactions, findKams, readCustomers, upsertCustomers, upsertBills, activity);
    private final ExportService export = new ExportService(readCustomers, readBills, writer, activity);

    public ImportCustomersUseCase importCustomers() {
        return importCustomers;
    }

    public ImportBillsUseCase importBills() {
        return importBills;
    }

    public ExportCustomersUseCase exportCustomers() {
        return export;
    }

    public ExportBillsUseCase exportBills() {
        return export;
    }

    public CreateBillUseCase createBill() {
        return createBill;
    }

    public FindKamUseCase findKams() {
        return findKams;
    }

    public LocateCustomersUseCase locateCustomers() {
        return readCustomers;
    }

    public ListCustomersUseCase readCustomers() {
        return readCustomers;
    }

    public ListBillsUseCase readBills() {
        return readBills;
    }

    public RecordingFileActivity activity() {
        return activity;
    }

    public FakeTabularReader reader() {
        return reader;
    }

    public RecordingTabularWriter writer() {
        return writer;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public InMemoryCustomerRepository customers() {
        return crm.customers();
    }

    public InMemoryProspectRepository prospects() {
        return crm.prospects();
    }

    public InMemoryPaymentRepository payments() {
        return payments;
    }

    public InMemoryBillRepository bills() {
        return bills;
    }

    public InMemoryKamDirectory kams() {
        return crm.kams();
    }

    public MutableClock clock() {
        return crm.clock();
    }

    public BusinessCalendar calendar() {
        return crm.calendar();
    }

    public LocalDate today() {
        return crm.today();
    }

    /** An active KAM who sees and imports only their own records (role sales_person). */
    public Viewer givenSalesPerson(String username) {
        Kam kam = crm.kams().add(username);
        return new Viewer(kam.id(), username, "sales_person", PERMISSIONS, DataScope.OWN);
    }

    /** An active user who sees every record (role sales_manager). */
    public Viewer givenManager(String username) {
        Kam kam = crm.kams().add(username);
        return new Viewer(kam.id(), username, "sales_manager", PERMISSIONS, DataScope.ALL);
    }

    /** A stored Active customer, joined today, phone 01700000000, whose KAM is {@code kamId} (null: none). */
    public Customer givenCustomer(Long kamId, String name, String email) {
        return crm.givenCustomer(kamId, name, email);
    }

    public Customer givenCustomer(Long kamId, CustomerDetails details) {
        return crm.givenCustomer(kamId, details);
    }

    /** A bill issued through the use case, as the API would issue it. */
    public BillView givenBill(Viewer actor, BillCommand input) {
        return createBill.createBill(actor, input);
    }

    /** An import of these rows (the first is the header) in the default mode: good rows written. */
    public ImportFileCommand request(Viewer viewer, List<List<String>> rows) {
        return new ImportFileCommand(viewer, FakeTabularReader.sheet(rows), false, false, null);
    }

    public ImportFileCommand atomicRequest(Viewer viewer, List<List<String>> rows) {
        return new ImportFileCommand(viewer, FakeTabularReader.sheet(rows), true, false, null);
    }

    public ImportFileCommand dryRunRequest(Viewer viewer, List<List<String>> rows) {
        return new ImportFileCommand(viewer, FakeTabularReader.sheet(rows), false, true, null);
    }

    /** A request over any stream, for files the reader cannot read. */
    public ImportFileCommand request(Viewer viewer, InputStream content) {
        return new ImportFileCommand(viewer, content, false, false, null);
    }
}
