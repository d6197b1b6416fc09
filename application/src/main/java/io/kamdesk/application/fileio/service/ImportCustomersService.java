package io.kamdesk.application.fileio.service;

import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerInput;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.ImportRequest;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports customers, upserting by e-mail through the same use cases as the API, so every rule
 * (validation, uniqueness, scope, KAM assignment) applies to every row.
 */
public final class ImportCustomersService implements ImportCustomersUseCase {

    private final ImportRunner runner;
    private final CustomerRows rows;

    public ImportCustomersService(TabularReader reader, Transactions transactions, CustomerRepository customers,
            KamDirectory kams, CreateCustomerUseCase create, UpdateCustomerUseCase update,
            ListCustomersUseCase read) {
        this(reader, TabularReader.ReadLimits.standard(), transactions, customers, kams, create, update, read);
    }

    public ImportCustomersService(TabularReader reader, TabularReader.ReadLimits limits, Transactions transactions,
            CustomerRepository customers, KamDirectory kams, CreateCustomerUseCase create,
            UpdateCustomerUseCase update, ListCustomersUseCase read) {
        this.runner = new ImportRunner(reader, transactions, limits);
        this.rows = new CustomerRows(customers, kams, create, update, read);
    }

    @Override
    public ImportReport importCustomers(ImportRequest request) {
        return runner.run(request, header -> {
            ColumnMap columns = ColumnMap.of(header, CustomerSheet.COLUMNS, CustomerSheet.REQUIRED);
            return (Function<TabularRow, RowOutcome>) row -> rows.write(request.viewer(),
                    new RowReader(row, columns, CustomerSheet.FIELD_KEYS));
        });
    }

    /** Writes one customer row; shared with the bill import, whose rows may create their customer. */
    static final class CustomerRows {

        private final CustomerRepository customers;
        private final KamDirectory kams;
        private final CreateCustomerUseCase create;
        private final UpdateCustomerUseCase update;
        private final ListCustomersUseCase read;

        CustomerRows(CustomerRepository customers, KamDirectory kams, CreateCustomerUseCase create,
                UpdateCustomerUseCase update, ListCustomersUseCase read) {
            this.customers = customers;
            this.kams = kams;
            this.create = create;
            this.update = update;
            this.read = read;
        }

        RowOutcome write(Viewer viewer, RowReader cells) {
            EmailAddress email = email(cells, CustomerSheet.EMAIL);
            CustomerInput input = new CustomerInput(cells.patchText(CustomerSheet.NAME),
                    cells.patchText(CustomerSheet.COMPANY_NAME), Patch.of(email.value()),
                    cells.patchText(CustomerSheet.PHONE), cells.patchText(CustomerSheet.ADDRESS),
                    cells.patchText(CustomerSheet.LINK_ID), cells.decimal(CustomerSheet.MONTHLY_REVENUE),
                    cells.decimal(CustomerSheet.POTENTIAL_REVENUE), kam(cells, CustomerSheet.KAM),
                    cells.patchText(CustomerSheet.STATUS), cells.date(CustomerSheet.JOINED_ON));
            cells.failIfProblems();
            return upsert(viewer, email, CustomerSheet.EMAIL, input, cells);
        }

        /**
         * The customer with this e-mail: updated when it exists (and is the viewer's to touch), else
         * created. {@code emailKey} is the sheet's e-mail column.
         */
        RowOutcome upsert(Viewer viewer, EmailAddress email, String emailKey, CustomerInput input, RowReader cells) {
            Optional<Customer> existing = find(viewer, email, cells, emailKey);
            try {
                if (existing.isEmpty()) {
                    create.createCustomer(viewer, input);
                    return new RowOutcome(1, 0, 0, 0);
                }
                long id = existing.get().id();
                CustomerView before = read.getCustomer(viewer, id);
                CustomerView after = update.updateCustomer(viewer, id, input, false);
                if (sameData(before, after)) {
                    throw new RowUnchanged();
                }
                return new RowOutcome(0, 1, 0, 0);
            } catch (DomainException refusal) {
                throw cells.failure(refusal);
            }
        }

        /**
         * The customer with this e-mail, if any. One the viewer may not touch (another KAM's, for a
         * user who sees only their own records) ends the row with a sentence under the e-mail column:
         * no internal id, and no suggestion that the customer does not exist (its e-mail is taken).
         */
        Optional<Customer> find(Viewer viewer, EmailAddress email, RowReader cells, String emailKey) {
            Optional<Customer> existing = customers.findByEmailForUpdate(email);
            if (existing.isPresent() && !viewer.seesAll()
                    && customers.findVisibleForUpdate(viewer, existing.get().id()).isEmpty()) {
                cells.problem(emailKey, "A customer with this e-mail exists but is not assigned to you.");
                cells.failIfProblems();
            }
            return existing;
        }

        EmailAddress email(RowReader cells, String key) {
            Optional<String> raw = cells.text(key);
            if (raw.isEmpty()) {
                cells.problem(key, "This field is required.");
                cells.failIfProblems();
            }
            try {
                return EmailAddress.of(raw.get());
            } catch (InvalidValueException e) {
                cells.problem(key, e.getMessage());
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
            return kams.findActiveByLogin(login.get())
                    .map(kam -> Patch.of(kam.id()))
                    .orElseGet(() -> {
                        cells.problem(key, "No active user with this username or e-mail.");
                        return Patch.absent();
                    });
        }

        private static boolean sameData(CustomerView before, CustomerView after) {
            return before.equals(new CustomerView(after.id(), after.customerNumber(), after.name(),
                    after.companyName(), after.email(), after.phone(), after.address(), after.linkId(),
                    after.monthlyRevenue(), after.potentialRevenue(), after.calculatedMonthlyRevenue(), after.status(),
                    after.joinedOn(), after.leftOn(), after.kam(), before.createdAt(), before.updatedAt()));
        }
    }
}
