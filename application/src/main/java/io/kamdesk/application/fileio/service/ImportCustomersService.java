package io.kamdesk.application.fileio.service;

import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.FindKamUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports customers, upserting by e-mail through the bulk use case of the CRM, so every rule of a
 * single create or update (validation, uniqueness, scope, KAM assignment) applies to every row.
 */
public final class ImportCustomersService implements ImportCustomersUseCase, SheetImport {

    private final ImportRunner runner;
    private final FindKamUseCase kams;
    private final UpsertCustomersUseCase upsert;

    public ImportCustomersService(TabularReader reader, TabularReader.ReadLimits limits, Transactions transactions,
            FindKamUseCase kams, UpsertCustomersUseCase upsert, FileActivity activity) {
        this.runner = new ImportRunner(reader, transactions, limits, SheetKind.CUSTOMERS, activity);
        this.kams = kams;
        this.upsert = upsert;
    }

    @Override
    public ImportReport importCustomers(ImportFileCommand request) {
        return run(request, ImportJournal.NONE);
    }

    @Override
    public ImportReport run(ImportFileCommand request, ImportJournal journal) {
        return runner.run(request, header -> new CustomerSheetWriter(request.viewer(),
                ColumnMap.of(header, CustomerSheet.COLUMNS, CustomerSheet.REQUIRED), new CustomerRows(kams)), journal);
    }

    private final class CustomerSheetWriter implements SheetWriter {

        private final Viewer viewer;
        private final ColumnMap columns;
        private final CustomerRows rows;

        CustomerSheetWriter(Viewer viewer, ColumnMap columns, CustomerRows rows) {
            this.viewer = viewer;
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public List<RowResult> writeAll(List<TabularRow> batch) {
            List<RowResult> results = new ArrayList<>(Collections.nCopies(batch.size(), null));
            List<Integer> readable = new ArrayList<>();
            List<RowReader> cells = new ArrayList<>();
            List<CustomerCommand> inputs = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                RowReader row = cells(batch.get(i));
                try {
                    inputs.add(rows.input(row));
                    readable.add(i);
                    cells.add(row);
                } catch (RowFailure unreadable) {
                    results.set(i, RowResult.failed(unreadable.problems()));
                }
            }
            List<Upserted> written = upsert.upsertCustomers(viewer, inputs);
            for (int n = 0; n < written.size(); n++) {
                results.set(readable.get(n), CustomerRows.result(written.get(n), cells.get(n)));
            }
            return results;
        }

        @Override
        public RowResult refused(TabularRow row, DomainException reason) {
            return RowResult.failed(cells(row).failure(reason).problems());
        }

        private RowReader cells(TabularRow row) {
            return new RowReader(row, columns, CustomerSheet.FIELD_KEYS);
        }
    }

    /**
     * Reads the customer columns of a row; shared with the bill import, whose rows may create their
     * customer. One per import: it remembers the KAMs the sheet names.
     */
    static final class CustomerRows {

        private final FindKamUseCase kams;
        private final Map<String, Optional<Long>> kamsByLogin = new HashMap<>();

        CustomerRows(FindKamUseCase kams) {
            this.kams = kams;
        }

        /** The row's customer; throws {@link RowFailure} when a cell cannot be read. */
        CustomerCommand input(RowReader cells) {
            EmailAddress email = email(cells, CustomerSheet.EMAIL);
            CustomerCommand input = new CustomerCommand(cells.patchText(CustomerSheet.NAME),
                    cells.patchText(CustomerSheet.COMPANY_NAME), Patch.of(email.value()),
                    cells.patchText(CustomerSheet.PHONE), cells.patchText(CustomerSheet.ADDRESS),
                    cells.patchText(CustomerSheet.LINK_ID), cells.decimal(CustomerSheet.MONTHLY_REVENUE),
                    cells.decimal(CustomerSheet.POTENTIAL_REVENUE), kam(cells, CustomerSheet.KAM),
                    cells.patchText(CustomerSheet.STATUS), cells.date(CustomerSheet.JOINED_ON));
            cells.failIfProblems();
            return input;
        }

        /** What the bulk use case did with a customer, as a row result. */
        static RowResult result(Upserted upserted, RowReader cells) {
            return switch (upserted) {
                case Upserted.Created created -> RowResult.written(new RowOutcome(1, 0, 0, 0));
                case Upserted.Updated updated -> RowResult.written(new RowOutcome(0, 1, 0, 0));
                case Upserted.Unchanged unchanged -> RowResult.written(RowOutcome.UNCHANGED);
                case Upserted.Refused refused -> RowResult.failed(cells.failure(refused.reason()).problems());
            };
        }

        EmailAddress email(RowReader cells, String key) {
            Optional<String> raw = cells.text(key);
            if (raw.isEmpty()) {
                cells.problem(key, Reason.REQUIRED);
                cells.failIfProblems();
            }
            try {
                return EmailAddress.of(raw.get());
            } catch (InvalidValueException e) {
                e.violations().forEach(violation -> cells.problem(key, violation.reason(),
                        violation.arguments().toArray()));
                cells.failIfProblems();
                throw e;
            }
        }

        /** The KAM column names a user by username or e-mail. */
        Patch<Long> kam(RowReader cells, String key) {
            Optional<String> login = cells.text(key);
            if (login.isEmpty()) {
                return Patch.absent();
            }
            return kamsByLogin.computeIfAbsent(login.get(), kams::findActiveKam)
                    .map(Patch::of)
                    .orElseGet(() -> {
                        cells.problem(key, Reason.NO_ACTIVE_USER_NAMED, login.get());
                        return Patch.absent();
                    });
        }
    }
}
