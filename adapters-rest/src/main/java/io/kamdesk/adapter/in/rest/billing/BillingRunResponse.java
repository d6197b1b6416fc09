package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A billing run and its report, like an import's: customers processed, bills created, links already
 * billed (existing), what was skipped and why, the customers that failed, and its progress.
 */
@Schema(name = "BillingRun")
record BillingRunResponse(Long id, String url, @Schema(example = "2026-03") String month,
        @Schema(allowableValues = {"queued", "running", "succeeded", "failed", "cancelled"}) String status,
        boolean dryRun, boolean scheduled, boolean inBackground, boolean createInvoices, List<Long> customers,
        StartedBy startedBy, Integer customersTotal, int processed, Double percent, int billsCreated, int existing,
        int invoicesCreated, List<Skip> skipped, List<Failure> errors, boolean cancelRequested, Problem failure,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    static final String PATH = "/api/billing-runs/";

    static BillingRunResponse from(BillingRunView run) {
        Integer total = run.customersTotal();
        Double percent = total == null ? null
                : total == 0 ? 100.0 : Math.round(1000.0 * run.processed() / total) / 10.0;
        return new BillingRunResponse(run.id(), run.id() == null ? null : PATH + run.id() + "/", run.month().toString(),
                run.status().name().toLowerCase(Locale.ROOT), run.dryRun(), run.scheduled(), run.inBackground(),
                run.createInvoices(), run.customers(), new StartedBy(run.startedBy(), run.startedByName()), total,
                run.processed(), percent, run.billsCreated(), run.existing(), run.invoicesCreated(),
                run.skipped().stream().map(Skip::from).toList(), run.errors().stream().map(Failure::from).toList(),
                run.cancelRequested(), Problem.of(run.failure()), run.createdAt(), run.startedAt(), run.finishedAt());
    }

    /** Who started the run: null id for the schedule's runs. */
    @Schema(name = "BillingRunStarter")
    record StartedBy(Long id, String name) {
    }

    /** A customer (link empty) or one of its links the run left out. */
    @Schema(name = "BillingRunSkip")
    record Skip(long customer, String customerName, String nttnCap, String nttnCom,
            @Schema(allowableValues = {"customer_not_active", "no_bills_last_month", "link_terminated"}) String reason,
            String detail, LocalDate since) {

        static Skip from(BillingRunView.Skipped skip) {
            return new Skip(skip.customer(), skip.customerName(), skip.nttnCap(), skip.nttnCom(),
                    skip.reason().name().toLowerCase(Locale.ROOT), detail(skip), skip.since());
        }

        private static String detail(BillingRunView.Skipped skip) {
            return switch (skip.reason()) {
                case CUSTOMER_NOT_ACTIVE -> "The customer is not Active.";
                case NO_BILLS_LAST_MONTH -> "The customer has no Active bill in the month before.";
                case LINK_TERMINATED -> "The link was terminated on " + skip.since() + ", before the month.";
            };
        }
    }

    /** A customer whose bills could not be written. */
    @Schema(name = "BillingRunError")
    record Failure(long customer, String customerName, @Schema(allowableValues = {"invalid_bill"}) String code,
            String detail) {

        static Failure from(BillingRunView.Failed failed) {
            return new Failure(failed.customer(), failed.customerName(), "invalid_bill",
                    "A bill copied from the month before breaks a rule of bills; correct last month's bill.");
        }
    }

    /** Why a run failed, in the error format. */
    @Schema(name = "BillingRunFailure")
    record Problem(String detail, String code) {

        static Problem of(String failure) {
            if (failure == null) {
                return null;
            }
            return switch (failure) {
                case "run_as_inactive" -> new Problem("The user the run acts as no longer exists or is inactive.",
                        failure);
                case "permission_required" -> new Problem(
                        "The user the run acts as no longer holds the bills:run permission.", failure);
                default -> new Problem("The service failed while running; see its log. The batches committed "
                        + "before stay; run the month again to finish it.", failure);
            };
        }
    }
}
