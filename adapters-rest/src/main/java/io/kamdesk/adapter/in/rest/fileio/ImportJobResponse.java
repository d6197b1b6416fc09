package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.fileio.port.in.job.ImportJobView;
import io.kamdesk.domain.fileio.ImportCounts;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.fileio.SheetKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

/**
 * An import job: what it imports and how, how far it has gone (percent, rate and time left when the
 * file's row count is known), the same counts as the synchronous report, and how it ended.
 * {@code rows_processed} counts the file's data rows consumed so far, blank ones included, as
 * {@code rows_total} does; {@code processed} the rows imported or refused.
 */
@Schema(name = "ImportJob")
record ImportJobResponse(long id, String url, String kind, String status, String fileName, long fileSize,
        String mode, boolean dryRun, boolean inBackground, Long rowsTotal, long rowsProcessed, Double percent,
        Double rowsPerSecond, Long etaSeconds, long processed, long customersCreated, long customersUpdated,
        long billsCreated, long billsUpdated, long unchanged, long failed, boolean written, boolean cancelRequested,
        StartedBy startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Failure failure,
        String failedRowsUrl) {

    static final String PATH = "/api/import-jobs/";

    /** Who started the job; {@code name} is what a list shows. */
    record StartedBy(long id, String username, String name) {
    }

    /** Why a failed job stopped, in the error format's words; null when the service itself failed. */
    @Schema(name = "ImportJobFailure")
    record Failure(String detail, String code) {
    }

    static ImportJobResponse of(ImportJobView view) {
        ImportJob.Snapshot job = view.job();
        ImportCounts counts = job.counts();
        boolean customers = job.kind() == SheetKind.CUSTOMERS;
        long unchanged = counts.processed() - counts.rowsFailed()
                - (customers ? counts.customersCreated() + counts.customersUpdated()
                        : counts.billsCreated() + counts.billsUpdated());
        String url = PATH + job.id() + "/";
        return new ImportJobResponse(job.id(), url, code(job.kind()), code(job.status()), job.upload().fileName(),
                job.upload().fileSize(), job.upload().atomic() ? "atomic" : "default", job.upload().dryRun(),
                job.upload().inBackground(), job.rowsTotal(), counts.rowsRead(),
                view.percent().isPresent() ? Math.round(view.percent().getAsDouble() * 10) / 10.0 : null,
                view.rowsPerSecond().isPresent() ? (double) Math.round(view.rowsPerSecond().getAsDouble()) : null,
                view.etaSeconds().isPresent() ? view.etaSeconds().getAsLong() : null, counts.processed(),
                counts.customersCreated(), counts.customersUpdated(), counts.billsCreated(), counts.billsUpdated(),
                Math.max(0, unchanged), counts.rowsFailed(), job.written(), job.cancelRequested(),
                new StartedBy(job.startedBy(), job.startedByName(), job.startedByName()), job.createdAt(),
                job.startedAt(), job.finishedAt(), failure(view), url + "failed-rows/");
    }

    private static Failure failure(ImportJobView view) {
        return view.failure() == null ? null
                : new Failure(FileWording.detail(view.failure()), Wording.code(view.failure()));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
