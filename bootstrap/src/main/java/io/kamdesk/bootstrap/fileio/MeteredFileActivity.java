package io.kamdesk.bootstrap.fileio;

import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.domain.fileio.SheetKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every finished import and export as meters ({@code kamdesk.import.*}, {@code kamdesk.export.*},
 * tagged with the sheet's kind) and, for imports, a log line under {@code kamdesk.imports}.
 */
@Component
class MeteredFileActivity implements FileActivity {

    private static final Logger log = LoggerFactory.getLogger("kamdesk.imports");

    private final MeterRegistry meters;
    private final ActivityLogRepository activityLog;

    MeteredFileActivity(MeterRegistry meters, ActivityLogRepository activityLog) {
        this.meters = meters;
        this.activityLog = activityLog;
    }

    @Override
    public void imported(SheetKind kind, ImportReport report, Duration took) {
        String sheet = name(kind);
        long refused = report.rowsFailed();
        long imported = report.written() ? report.processed() - refused : 0;
        rows("kamdesk.import.rows", "Rows of imported files, by what became of them", sheet, "imported")
                .increment(imported);
        rows("kamdesk.import.rows", "Rows of imported files, by what became of them", sheet, "refused")
                .increment(refused);
        timed("kamdesk.import", sheet, report.processed(), took);
        log.info("Import of {}: {} rows, {} written, {} refused{} in {} ms", sheet, report.processed(), imported,
                refused, report.cancelled() ? ", cancelled" : "", took.toMillis());
    }

    @Override
    public void exported(SheetKind kind, long rows, Duration took) {
        String sheet = name(kind);
        Counter.builder("kamdesk.export.rows").description("Rows written to exported files").tag("kind", sheet)
                .register(meters).increment(rows);
        timed("kamdesk.export", sheet, rows, took);
        // the request's path, and the filters in its query string, come with the acting user's context
        activityLog.record(kind == SheetKind.CUSTOMERS ? ActivityAction.EXPORT_CUSTOMERS : ActivityAction.EXPORT_BILLS,
                kind == SheetKind.CUSTOMERS ? ActivityResource.CUSTOMER : ActivityResource.BILL, Map.of("rows", rows));
    }

    private Counter rows(String name, String description, String sheet, String outcome) {
        return Counter.builder(name).description(description).tag("kind", sheet).tag("outcome", outcome)
                .register(meters);
    }

    private void timed(String prefix, String sheet, long rows, Duration took) {
        Timer.builder(prefix + ".duration").description("Time to run one file through").tag("kind", sheet)
                .register(meters).record(took);
        DistributionSummary.builder(prefix + ".throughput").description("Rows per second of one file")
                .baseUnit("rows_per_second").tag("kind", sheet).register(meters)
                .record(rows / Math.max(took.toNanos() / 1e9, 1e-3));
    }

    private static String name(SheetKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
