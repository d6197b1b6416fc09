package io.kamdesk.application.billing.port.in.run;

import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.MonthlyCopy.SkipReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A billing run and its report: customers processed, bills created, links found already billed,
 * what was skipped and why, and the customers that failed. {@code id} is null for a dry run (which
 * stores nothing); {@code startedBy} null for a run of the schedule.
 */
public record BillingRunView(Long id, BillingMonth month, BillingRunStatus status, boolean dryRun, boolean scheduled,
        boolean inBackground, boolean createInvoices, List<Long> customers, Long startedBy, String startedByName,
        Integer customersTotal, int processed, int billsCreated, int existing, int invoicesCreated,
        List<Skipped> skipped, List<Failed> errors, boolean cancelRequested, String failure, Instant createdAt,
        Instant startedAt, Instant finishedAt) {

    public BillingRunView {
        customers = customers == null ? null : List.copyOf(customers);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    /** A customer, or one of its links, left out: the reason, and the termination date of a terminated link. */
    public record Skipped(long customer, String customerName, String nttnCap, String nttnCom, SkipReason reason,
            LocalDate since) {
    }

    /** A customer whose bills could not be written, and why. */
    public record Failed(long customer, String customerName, FailureReason reason) {
    }

    /** Why a customer failed. */
    public enum FailureReason {
        /** A bill copied from the month before broke a rule of bills (such as a number too large). */
        INVALID_BILL
    }
}
