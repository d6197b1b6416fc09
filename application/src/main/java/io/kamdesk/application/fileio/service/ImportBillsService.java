package io.kamdesk.application.fileio.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.UpsertBillCommand;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.FindKamUseCase;
import io.kamdesk.application.crm.port.in.LocateCustomersUseCase.CustomerLocation;
import io.kamdesk.application.crm.port.in.LocateCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.service.ImportCustomersService.CustomerRows;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports bills: each row's customer (by e-mail) is found, or created from the row's customer
 * columns, and its bill upserted by customer, billing date, NTTN capacity and company, through the
 * bulk use cases of the CRM and billing, so every rule of a single create or update applies to every
 * row. A row is written whole (customer and bill) or not at all: when a row that created its
 * customer fails on its bill, the batch is undone and written again without it. Totals in the file
 * are never trusted: when they disagree with quantity × price − discount, the row is reported and
 * not written.
 */
public final class ImportBillsService implements ImportBillsUseCase, SheetImport {

    private final ImportRunner runner;
    private final Transactions transactions;
    private final FindKamUseCase kams;
    private final LocateCustomersUseCase customers;
    private final UpsertCustomersUseCase upsertCustomers;
    private final UpsertBillsUseCase upsertBills;

    public ImportBillsService(TabularReader reader, TabularReader.ReadLimits limits, Transactions transactions,
            FindKamUseCase kams, LocateCustomersUseCase customers, UpsertCustomersUseCase upsertCustomers,
            UpsertBillsUseCase upsertBills, FileActivity activity) {
        this.runner = new ImportRunner(reader, transactions, limits, SheetKind.BILLS, activity);
        this.transactions = transactions;
        this.kams = kams;
        this.customers = customers;
        this.upsertCustomers = upsertCustomers;
        this.upsertBills = upsertBills;
    }

    @Override
    public ImportReport importBills(ImportFileCommand request) {
        return run(request, ImportJournal.NONE);
    }

    @Override
    public ImportReport run(ImportFileCommand request, ImportJournal journal) {
        return runner.run(request, header -> new BillSheetWriter(request.viewer(),
                ColumnMap.of(header, BillSheet.COLUMNS, BillSheet.REQUIRED), new CustomerRows(kams)), journal);
    }

    private final class BillSheetWriter implements SheetWriter {

        private final Viewer viewer;
        private final ColumnMap columns;
        private final CustomerRows customerRows;

        BillSheetWriter(Viewer viewer, ColumnMap columns, CustomerRows customerRows) {
            this.viewer = viewer;
            this.columns = columns;
            this.customerRows = customerRows;
        }

        @Override
        public List<RowResult> writeAll(List<TabularRow> batch) {
            List<BillRow> rows = batch.stream().map(this::read).toList();
            while (true) {
                try {
                    return transactions.nested(() -> new BillBatch(viewer, rows).write());
                } catch (RowsLeftOut retry) {
                    // the rows that failed are marked: the batch goes again without them
                }
            }
        }

        @Override
        public RowResult refused(TabularRow row, DomainException reason) {
            return RowResult.failed(cells(row).failure(reason).problems());
        }

        private BillRow read(TabularRow row) {
            RowReader cells = cells(row);
            try {
                return new BillRow(cells, parse(cells, customerRows));
            } catch (RowFailure unreadable) {
                BillRow failed = new BillRow(cells, null);
                failed.fail(unreadable.problems());
                return failed;
            }
        }

        private RowReader cells(TabularRow row) {
            return new RowReader(row, columns, BillSheet.FIELD_KEYS);
        }
    }

    /** A row as read: its customer's e-mail and columns, its bill's fields and the totals it states. */
    private record ParsedBill(EmailAddress email, CustomerCommand customer, UpsertBillCommand bill) {
    }

    /** A row of a batch: what was read, and its fate, which survives the batch's attempts. */
    private static final class BillRow {

        private final RowReader cells;
        private final ParsedBill parsed;
        private List<RowProblem> problems;
        private RowOutcome outcome = RowOutcome.UNCHANGED;

        BillRow(RowReader cells, ParsedBill parsed) {
            this.cells = cells;
            this.parsed = parsed;
        }

        boolean failed() {
            return problems != null;
        }

        void fail(List<RowProblem> found) {
            problems = found;
        }

        void fail(DomainException refusal) {
            problems = cells.failure(refusal).problems();
        }

        RowResult result() {
            return failed() ? RowResult.failed(problems) : RowResult.written(outcome);
        }
    }

    /**
     * One attempt at writing a batch: the customers found by e-mail, the missing ones created (from
     * the first row naming each that can create it), then the bills, all in bulk.
     */
    private final class BillBatch {

        private final Viewer viewer;
        private final List<BillRow> rows;
        private final Map<EmailAddress, Long> customerIds = new HashMap<>();
        private final Set<BillRow> createdItsCustomer = Collections.newSetFromMap(new IdentityHashMap<>());

        BillBatch(Viewer viewer, List<BillRow> rows) {
            this.viewer = viewer;
            this.rows = rows;
            rows.forEach(row -> row.outcome = RowOutcome.UNCHANGED);
        }

        List<RowResult> write() {
            findCustomers();
            createCustomers();
            writeBills();
            return rows.stream().map(BillRow::result).toList();
        }

        private void findCustomers() {
            Set<EmailAddress> emails = alive().map(row -> row.parsed.email()).collect(Collectors.toSet());
            Map<EmailAddress, CustomerLocation> found = customers.locateByEmail(viewer, emails);
            found.forEach((email, customer) -> {
                if (customer.visible()) {
                    customerIds.put(email, customer.id());
                }
            });
            alive().filter(row -> found.containsKey(row.parsed.email()) && !found.get(row.parsed.email()).visible())
                    .forEach(row -> row.fail(InvalidInputException.of("customer_email",
                            Reason.CUSTOMER_NOT_YOURS)));
        }

        /** Round by round: a refused row hands the creation of its customer to the next row naming it. */
        private void createCustomers() {
            Map<EmailAddress, Deque<BillRow>> waiting = new LinkedHashMap<>();
            alive().filter(row -> !customerIds.containsKey(row.parsed.email()))
                    .forEach(row -> waiting.computeIfAbsent(row.parsed.email(), email -> new ArrayDeque<>()).add(row));
            while (!waiting.isEmpty()) {
                List<BillRow> creators = waiting.values().stream().map(Deque::peekFirst).toList();
                List<Upserted> results = upsertCustomers.upsertCustomers(viewer,
                        creators.stream().map(row -> row.parsed.customer()).toList());
                for (int i = 0; i < creators.size(); i++) {
                    BillRow creator = creators.get(i);
                    EmailAddress email = creator.parsed.email();
                    Deque<BillRow> naming = waiting.get(email);
                    if (results.get(i) instanceof Upserted.Refused refused) {
                        creator.fail(refused.reason());
                        naming.removeFirst();
                        if (naming.isEmpty()) {
                            waiting.remove(email);
                        }
                    } else {
                        customerIds.put(email, idOf(results.get(i)));
                        creator.outcome = creator.outcome.plus(new RowOutcome(1, 0, 0, 0));
                        createdItsCustomer.add(creator);
                        waiting.remove(email);
                    }
                }
            }
        }

        private void writeBills() {
            List<BillRow> billed = alive().filter(row -> customerIds.containsKey(row.parsed.email())).toList();
            List<Upserted> results = upsertBills.upsertBills(viewer, billed.stream()
                    .map(row -> withCustomer(row.parsed.bill(), customerIds.get(row.parsed.email()))).toList());
            boolean customerLeftAlone = false;
            for (int i = 0; i < billed.size(); i++) {
                BillRow row = billed.get(i);
                switch (results.get(i)) {
                    case Upserted.Created created -> row.outcome = row.outcome.plus(new RowOutcome(0, 0, 1, 0));
                    case Upserted.Updated updated -> row.outcome = row.outcome.plus(new RowOutcome(0, 0, 0, 1));
                    case Upserted.Unchanged unchanged -> {
                    }
                    case Upserted.Refused refused -> {
                        row.fail(refused.reason());
                        customerLeftAlone |= createdItsCustomer.contains(row);
                    }
                }
            }
            if (customerLeftAlone) {
                throw new RowsLeftOut();
            }
        }

        private Stream<BillRow> alive() {
            return rows.stream().filter(row -> !row.failed());
        }
    }

    /** A row created its customer but failed on its bill: the batch is undone and goes again without it. */
    private static final class RowsLeftOut extends RuntimeException {
        RowsLeftOut() {
            super(null, null, false, false);
        }
    }

    private static long idOf(Upserted upserted) {
        return switch (upserted) {
            case Upserted.Created created -> created.id();
            case Upserted.Updated updated -> updated.id();
            case Upserted.Unchanged unchanged -> unchanged.id();
            case Upserted.Refused refused -> throw new IllegalArgumentException("a refused record has no id");
        };
    }

    private static UpsertBillCommand withCustomer(UpsertBillCommand draft, long customerId) {
        return new UpsertBillCommand(withCustomer(draft.input(), customerId), draft.statedTotalBill(), draft.statedTotalDue());
    }

    /** The cells of a row, read; throws {@link RowFailure} when a cell cannot be read. */
    private static ParsedBill parse(RowReader cells, CustomerRows customerRows) {
        EmailAddress email = customerRows.email(cells, BillSheet.CUSTOMER_EMAIL);
        Patch<LocalDate> billingDate = cells.date(BillSheet.BILLING_DATE);
        if (!billingDate.isPresent() && !cells.hasProblems()) {
            cells.problem(BillSheet.BILLING_DATE, Reason.REQUIRED);
        }
        BillCommand input = billInput(cells, billingDate);
        Optional<BigDecimal> fileTotalBill = money(cells, BillSheet.TOTAL_BILL);
        Optional<BigDecimal> fileTotalDue = money(cells, BillSheet.TOTAL_DUE);
        Patch<Long> kam = customerRows.kam(cells, BillSheet.KAM);
        cells.failIfProblems();
        return new ParsedBill(email, newCustomer(cells, email, kam), new UpsertBillCommand(input, fileTotalBill, fileTotalDue));
    }

    private static BillCommand billInput(RowReader cells, Patch<LocalDate> billingDate) {
        Map<BandwidthComponent, Patch<BigDecimal>> quantities = new EnumMap<>(BandwidthComponent.class);
        Map<BandwidthComponent, Patch<BigDecimal>> prices = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            quantities.put(component, cells.decimal(BillSheet.quantity(component)));
            prices.put(component, cells.decimal(BillSheet.price(component)));
        }
        return new BillCommand(Patch.absent(), Patch.of(cells.text(BillSheet.NTTN_CAP).orElse("")),
                Patch.of(cells.text(BillSheet.NTTN_COM).orElse("")), cells.date(BillSheet.ACTIVE_DATE), billingDate,
                cells.date(BillSheet.TERMINATION_DATE), quantities, prices, cells.decimal(BillSheet.DISCOUNT),
                cells.decimal(BillSheet.TOTAL_RECEIVED), cells.patchText(BillSheet.STATUS),
                cells.patchText(BillSheet.REMARKS));
    }

    private static BillCommand withCustomer(BillCommand input, long customerId) {
        return new BillCommand(Patch.of(customerId), input.nttnCap(), input.nttnCom(), input.activeDate(),
                input.billingDate(), input.terminationDate(), input.quantities(), input.unitPrices(), input.discount(),
                input.totalReceived(), input.status(), input.remarks());
    }

    private static CustomerCommand newCustomer(RowReader cells, EmailAddress email, Patch<Long> kam) {
        return new CustomerCommand(cells.patchText(BillSheet.CUSTOMER_NAME), cells.patchText(BillSheet.CUSTOMER_COMPANY),
                Patch.of(email.value()), cells.patchText(BillSheet.CUSTOMER_PHONE),
                cells.patchText(BillSheet.CUSTOMER_ADDRESS), cells.patchText(BillSheet.LINK_ID), Patch.absent(),
                Patch.absent(), kam, Patch.absent(), Patch.absent());
    }

    private static Optional<BigDecimal> money(RowReader cells, String key) {
        Patch<BigDecimal> value = cells.decimal(key);
        return value.isPresent() ? Optional.ofNullable(value.value()) : Optional.empty();
    }

}
