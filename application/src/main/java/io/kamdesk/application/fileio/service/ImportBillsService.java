package io.kamdesk.application.fileio.service;

import io.kamdesk.application.billing.port.in.BillInput;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerInput;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.ImportRequest;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.service.ImportCustomersService.CustomerRows;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports bills row by row: the row's customer (by e-mail) is found, or created from the row's
 * customer columns, and its bill upserted by customer, billing date, NTTN capacity and company. A row
 * is written whole (customer and bill) or not at all. Totals in the file are never trusted: when
 * they disagree with quantity × price − discount, the row is reported and not written.
 */
public final class ImportBillsService implements ImportBillsUseCase {

    private final ImportRunner runner;
    private final CustomerRows customerRows;
    private final CustomerRepository customers;
    private final BillRepository bills;
    private final CreateBillUseCase create;
    private final UpdateBillUseCase update;
    private final ListBillsUseCase read;

    public ImportBillsService(TabularReader reader, Transactions transactions, CustomerRepository customers,
            KamDirectory kams, CreateCustomerUseCase createCustomer, UpdateCustomerUseCase updateCustomer,
            ListCustomersUseCase readCustomers, BillRepository bills, CreateBillUseCase create,
            UpdateBillUseCase update, ListBillsUseCase read) {
        this(reader, TabularReader.ReadLimits.standard(), transactions, customers, kams, createCustomer,
                updateCustomer, readCustomers, bills, create, update, read);
    }

    public ImportBillsService(TabularReader reader, TabularReader.ReadLimits limits, Transactions transactions,
            CustomerRepository customers, KamDirectory kams, CreateCustomerUseCase createCustomer,
            UpdateCustomerUseCase updateCustomer, ListCustomersUseCase readCustomers, BillRepository bills,
            CreateBillUseCase create, UpdateBillUseCase update, ListBillsUseCase read) {
        this.runner = new ImportRunner(reader, transactions, limits);
        this.customerRows = new CustomerRows(customers, kams, createCustomer, updateCustomer, readCustomers);
        this.customers = customers;
        this.bills = bills;
        this.create = create;
        this.update = update;
        this.read = read;
    }

    @Override
    public ImportReport importBills(ImportRequest request) {
        return runner.run(request, header -> {
            ColumnMap columns = ColumnMap.of(header, BillSheet.COLUMNS, BillSheet.REQUIRED);
            return (Function<TabularRow, RowOutcome>) row -> write(request.viewer(),
                    new RowReader(row, columns, BillSheet.FIELD_KEYS));
        });
    }

    private RowOutcome write(Viewer viewer, RowReader cells) {
        EmailAddress email = customerRows.email(cells, BillSheet.CUSTOMER_EMAIL);
        Patch<LocalDate> billingDate = cells.date(BillSheet.BILLING_DATE);
        if (!billingDate.isPresent() && !cells.hasProblems()) {
            cells.problem(BillSheet.BILLING_DATE, "This field is required.");
        }
        BillInput input = billInput(cells, billingDate);
        Optional<BigDecimal> fileTotalBill = money(cells, BillSheet.TOTAL_BILL);
        Optional<BigDecimal> fileTotalDue = money(cells, BillSheet.TOTAL_DUE);
        Patch<Long> kam = customerRows.kam(cells, BillSheet.KAM);
        cells.failIfProblems();

        RowOutcome outcome = RowOutcome.UNCHANGED;
        Optional<Customer> customer = customerRows.find(viewer, email, cells, BillSheet.CUSTOMER_EMAIL);
        if (customer.isEmpty()) {
            outcome = outcome.plus(customerRows.upsert(viewer, email, BillSheet.CUSTOMER_EMAIL,
                    newCustomer(cells, email, kam), cells));
            customer = customers.findByEmailForUpdate(email);
        }
        long customerId = customer.orElseThrow().id();
        BillInput forCustomer = withCustomer(input, customerId);
        try {
            Optional<Long> existing = bills.findIdByNaturalKey(customerId, billingDate.value(),
                    input.nttnCap().orElse(""), input.nttnCom().orElse(""));
            BillView written;
            if (existing.isPresent()) {
                BillView before = read.getBill(viewer, existing.get());
                written = update.updateBill(viewer, existing.get(), forCustomer, false);
                requireTotalsAgree(written, fileTotalBill, fileTotalDue, cells);
                if (outcome.equals(RowOutcome.UNCHANGED) && sameData(before, written)) {
                    throw new RowUnchanged();
                }
                outcome = outcome.plus(new RowOutcome(0, 0, 0, 1));
            } else {
                written = create.createBill(viewer, forCustomer);
                requireTotalsAgree(written, fileTotalBill, fileTotalDue, cells);
                outcome = outcome.plus(new RowOutcome(0, 0, 1, 0));
            }
            return outcome;
        } catch (DomainException refusal) {
            throw cells.failure(refusal);
        }
    }

    private static BillInput billInput(RowReader cells, Patch<LocalDate> billingDate) {
        Map<BandwidthComponent, Patch<BigDecimal>> quantities = new EnumMap<>(BandwidthComponent.class);
        Map<BandwidthComponent, Patch<BigDecimal>> prices = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            quantities.put(component, cells.decimal(BillSheet.quantity(component)));
            prices.put(component, cells.decimal(BillSheet.price(component)));
        }
        return new BillInput(Patch.absent(), Patch.of(cells.text(BillSheet.NTTN_CAP).orElse("")),
                Patch.of(cells.text(BillSheet.NTTN_COM).orElse("")), cells.date(BillSheet.ACTIVE_DATE), billingDate,
                cells.date(BillSheet.TERMINATION_DATE), quantities, prices, cells.decimal(BillSheet.DISCOUNT),
                cells.decimal(BillSheet.TOTAL_RECEIVED), cells.patchText(BillSheet.STATUS),
                cells.patchText(BillSheet.REMARKS));
    }

    private static BillInput withCustomer(BillInput input, long customerId) {
        return new BillInput(Patch.of(customerId), input.nttnCap(), input.nttnCom(), input.activeDate(),
                input.billingDate(), input.terminationDate(), input.quantities(), input.unitPrices(), input.discount(),
                input.totalReceived(), input.status(), input.remarks());
    }

    private static CustomerInput newCustomer(RowReader cells, EmailAddress email, Patch<Long> kam) {
        return new CustomerInput(cells.patchText(BillSheet.CUSTOMER_NAME), cells.patchText(BillSheet.CUSTOMER_COMPANY),
                Patch.of(email.value()), cells.patchText(BillSheet.CUSTOMER_PHONE),
                cells.patchText(BillSheet.CUSTOMER_ADDRESS), cells.patchText(BillSheet.LINK_ID), Patch.absent(),
                Patch.absent(), kam, Patch.absent(), Patch.absent());
    }

    private static Optional<BigDecimal> money(RowReader cells, String key) {
        Patch<BigDecimal> value = cells.decimal(key);
        return value.isPresent() ? Optional.ofNullable(value.value()) : Optional.empty();
    }

    /** Totals carried by the file must be the ones the rule gives; otherwise the row is reported. */
    private static void requireTotalsAgree(BillView bill, Optional<BigDecimal> totalBill,
            Optional<BigDecimal> totalDue, RowReader cells) {
        totalBill.filter(given -> given.compareTo(bill.totalBill().amount()) != 0).ifPresent(given ->
                cells.problem(BillSheet.TOTAL_BILL, "The file says " + given.toPlainString() + " but quantity × "
                        + "price − discount gives " + bill.totalBill() + "."));
        totalDue.filter(given -> given.compareTo(bill.totalDue().amount()) != 0).ifPresent(given ->
                cells.problem(BillSheet.TOTAL_DUE, "The file says " + given.toPlainString() + " but total bill − "
                        + "total received gives " + bill.totalDue() + "."));
        cells.failIfProblems();
    }

    private static boolean sameData(BillView before, BillView after) {
        return before.equals(new BillView(after.id(), after.billNumber(), after.customer(), after.nttnCap(),
                after.nttnCom(), after.activeDate(), after.billingDate(), after.terminationDate(), after.lines(),
                after.discount(), after.totalReceived(), after.totalBill(), after.totalDue(), after.status(),
                after.remarks(), before.createdAt(), before.updatedAt()));
    }
}
