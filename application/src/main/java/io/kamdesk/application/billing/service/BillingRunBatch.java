package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.run.BillingRunCommand;
import io.kamdesk.application.billing.port.in.run.BillingRunStatus;
import io.kamdesk.application.billing.port.in.run.BillingRunView.Failed;
import io.kamdesk.application.billing.port.in.run.BillingRunView.FailureReason;
import io.kamdesk.application.billing.port.in.run.BillingRunView.Skipped;
import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillingRunRepository.Checkpoint;
import io.kamdesk.application.billing.port.out.BillingRunSource.RunCustomer;
import io.kamdesk.application.billing.port.out.BillingRunSource;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.MonthlyCopy.NewBill;
import io.kamdesk.domain.billing.MonthlyCopy.Plan;
import io.kamdesk.domain.billing.MonthlyCopy;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch of a billing run, within the caller's transaction: the customers' bills of the month
 * before and of the month, each customer's {@link MonthlyCopy plan}, the new bills stored in bulk with
 * their numbers, and (when asked) each billed customer's draft invoice of the month.
 */
public final class BillingRunBatch {

    /** Customers per batch: a checkpoint every few hundred customers, a few thousand bills. */
    static final int SIZE = 200;

    private final BillingRunSource source;
    private final BillRepository bills;
    private final InvoiceService invoices;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final BillingSettings billing;
    private final BillingRunSettings settings;

    public BillingRunBatch(BillingRunSource source, BillRepository bills, InvoiceService invoices,
            Transactions transactions, BusinessCalendar calendar, BillingSettings billing,
            BillingRunSettings settings) {
        this.source = source;
        this.bills = bills;
        this.invoices = invoices;
        this.transactions = transactions;
        this.calendar = calendar;
        this.billing = billing;
        this.settings = settings;
    }

    /** Bills the customers for the month; answers the batch's counts and report. */
    Checkpoint bill(Viewer viewer, BillingMonth month, List<RunCustomer> customers, boolean createInvoices) {
        Report report = new Report();
        Map<Long, List<Bill>> known = source.bills(customers.stream().map(RunCustomer::id).toList(),
                month.previous().firstDay(), month.lastDay());
        List<Pending> pending = new ArrayList<>();
        for (RunCustomer customer : customers) {
            Plan plan = report.add(customer, known.getOrDefault(customer.id(), List.of()), month,
                    settings.billingDay());
            plan.toCreate().forEach(draft -> pending.add(new Pending(customer, draft)));
        }
        write(pending, report);
        if (createInvoices) {
            draftInvoices(viewer, month, customers, known, pending, report);
        }
        return new Checkpoint(customers.size(), report.created, report.existing, report.invoiced,
                customers.getLast().id(), report.skipped, report.errors);
    }

    /** What a run would do, batch after batch, each read in its own transaction; nothing is written. */
    BillingRunView dryRun(BillingRunCommand command) {
        Report report = new Report();
        Viewer viewer = command.viewer();
        Instant started = calendar.now();
        long after = 0;
        int processed = 0;
        while (true) {
            long from = after;
            List<RunCustomer> customers = transactions.inTransaction(() -> {
                List<RunCustomer> batch = source.customers(viewer, command.customers(), from, SIZE);
                Map<Long, List<Bill>> known = batch.isEmpty() ? Map.of() : source.bills(
                        batch.stream().map(RunCustomer::id).toList(), command.month().previous().firstDay(),
                        command.month().lastDay());
                batch.forEach(customer -> report.created += report.add(customer, known.getOrDefault(customer.id(),
                        List.of()), command.month(), settings.billingDay()).toCreate().size());
                return batch;
            });
            if (customers.isEmpty()) {
                break;
            }
            processed += customers.size();
            after = customers.getLast().id();
        }
        return new BillingRunView(null, command.month(), BillingRunStatus.SUCCEEDED, true, false, false,
                command.createInvoices(), command.customers().orElse(null), viewer.userId(), viewer.username(),
                processed, processed, report.created, report.existing, 0, report.skipped, report.errors, false, null,
                started, started, calendar.now());
    }

    /** The new bills with their reserved ids and numbers, in one bulk write. */
    private void write(List<Pending> pending, Report report) {
        if (pending.isEmpty()) {
            return;
        }
        Iterator<Long> ids = bills.nextIds(pending.size()).iterator();
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        List<Bill> issued = new ArrayList<>();
        for (Pending bill : pending) {
            long id = ids.next();
            RunCustomer customer = bill.customer();
            try {
                String number = BillNumber.of(billing.numberPrefix(), customer.companyName(), customer.name(), id,
                        bill.draft().terms().billingDate(), today);
                issued.add(Bill.issue(id, customer.id(), number, bill.draft().terms(), bill.draft().charges(), null,
                        now));
            } catch (DomainException broken) {
                report.errors.add(new Failed(customer.id(), customer.name(), FailureReason.INVALID_BILL));
            }
        }
        bills.insertAll(issued);
        report.created += issued.size();
    }

    /**
     * The month's draft invoice of each Active customer with an Active bill in it (found now or just
     * created) and no invoice of it yet: looked up once for the batch, not customer by customer.
     */
    private void draftInvoices(Viewer viewer, BillingMonth month, List<RunCustomer> customers,
            Map<Long, List<Bill>> known, List<Pending> pending, Report report) {
        Set<Long> billed = new HashSet<>();
        pending.forEach(bill -> billed.add(bill.customer().id()));
        known.forEach((customer, bills) -> bills.stream().filter(bill -> bill.status() == BillStatus.ACTIVE
                && month.contains(bill.terms().billingDate())).findAny().ifPresent(bill -> billed.add(customer)));
        Set<Long> invoiced = invoices.invoicedAmong(billed, month);
        customers.stream().filter(RunCustomer::active)
                .filter(customer -> billed.contains(customer.id()) && !invoiced.contains(customer.id()))
                .forEach(customer -> report.invoiced(draft(viewer, customer, month)));
    }

    /** The customer's draft invoice of the month, unless it has one or no Active bill in it. */
    private boolean draft(Viewer viewer, RunCustomer customer, BillingMonth month) {
        try {
            invoices.draft(viewer, customer.id(), month);
            return true;
        } catch (DomainException alreadyOrNothing) {
            return false;
        }
    }

    private record Pending(RunCustomer customer, NewBill draft) {
    }

    /** A batch's (or a dry run's) counts and report. */
    private static final class Report {
        private int created;
        private int existing;
        private int invoiced;
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<Failed> errors = new ArrayList<>();

        Plan add(RunCustomer customer, List<Bill> known, BillingMonth month, int billingDay) {
            List<Bill> lastMonth = known.stream().filter(bill -> month.previous().contains(bill.terms().billingDate()))
                    .toList();
            List<Bill> thisMonth = known.stream().filter(bill -> month.contains(bill.terms().billingDate())).toList();
            Plan plan = MonthlyCopy.plan(customer.active(), lastMonth, thisMonth, month, billingDay);
            existing += plan.existing();
            plan.skipped().forEach(skip -> skipped.add(new Skipped(customer.id(), customer.name(), skip.nttnCap(),
                    skip.nttnCom(), skip.reason(), skip.since())));
            return plan;
        }

        void invoiced(boolean drafted) {
            if (drafted) {
                invoiced++;
            }
        }
    }
}
