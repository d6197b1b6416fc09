package io.kamdesk.application.billing.port.in.run;

import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A billing run of a month for every customer the viewer may see, or for those listed; a dry run
 * reports what it would do and writes nothing; {@code createInvoices} drafts each billed customer's
 * invoice of the month; {@code inBackground} answers at once and runs as a job.
 */
public record BillingRunCommand(Viewer viewer, BillingMonth month, boolean dryRun, Optional<List<Long>> customers,
        boolean createInvoices, boolean inBackground) {

    public BillingRunCommand {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(customers);
        customers = customers.map(List::copyOf);
    }
}
