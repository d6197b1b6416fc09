package io.kamdesk.bootstrap.jobs;

import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.domain.fileio.ImportJobStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many import jobs stand queued, running or failed, across all instances (read from the
 * database at most every {@value #REFRESH_MILLIS} ms, however often the metrics are scraped).
 */
final class ImportJobGauges {

    private static final long REFRESH_MILLIS = 5_000;

    private final ImportJobRepository jobs;
    private Map<ImportJobStatus, Long> counts = new EnumMap<>(ImportJobStatus.class);
    private long readAt;

    ImportJobGauges(ImportJobRepository jobs, MeterRegistry meters) {
        this.jobs = jobs;
        for (ImportJobStatus status : List.of(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING,
                ImportJobStatus.FAILED)) {
            Gauge.builder("kamdesk.import.jobs", this, gauges -> gauges.count(status))
                    .description("Import jobs in this status, on every instance")
                    .tag("status", status.name().toLowerCase(Locale.ROOT)).register(meters);
        }
    }

    private synchronized double count(ImportJobStatus status) {
        long now = System.currentTimeMillis();
        if (now - readAt > REFRESH_MILLIS) {
            try {
                counts = jobs.countByStatus();
                readAt = now;
            } catch (RuntimeException databaseUnavailable) {
                return Double.NaN;
            }
        }
        return counts.getOrDefault(status, 0L);
    }
}
