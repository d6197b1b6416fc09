package io.kamdesk.domain.fileio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    @Test
    void aRunningJob_reportsPercentRateAndTimeLeft_fromItsCounts() {
        ImportJob job = background(false);
        job.start(NOW);
        job.countRows(10_000);

        job.progress(counts(2_000, 2_000), NOW.plus(Duration.ofSeconds(4)));

        assertThat(job.percent()).hasValue(20.0);
        assertThat(job.rowsPerSecond()).hasValue(500.0);
        assertThat(job.etaSeconds()).hasValue(16);
    }

    @Test
    void withoutATotal_thereIsNoPercentNorTimeLeft_butARate() {
        ImportJob job = background(false);
        job.start(NOW);

        job.progress(counts(1_000, 1_000), NOW.plus(Duration.ofSeconds(2)));

        assertThat(job.percent()).isEmpty();
        assertThat(job.etaSeconds()).isEmpty();
        assertThat(job.rowsPerSecond()).hasValue(500.0);
    }

    @Test
    void progress_neverGoesBack() {
        ImportJob job = background(false);
        job.start(NOW);
        job.progress(counts(2_000, 2_000), NOW);

        assertThatThrownBy(() -> job.progress(counts(1_000, 1_000), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellingAQueuedJob_endsIt_andItIsNeverStarted() {
        ImportJob job = background(false);

        job.requestCancel(NOW);

        assertThat(job.status()).isEqualTo(ImportJobStatus.CANCELLED);
        assertThat(job.start(NOW)).isFalse();
    }

    @Test
    void cancellingARunningJob_asksItToStop_atItsNextBatch() {
        ImportJob job = background(false);
        job.start(NOW);

        job.requestCancel(NOW);

        assertThat(job.status()).isEqualTo(ImportJobStatus.RUNNING);
        assertThat(job.cancelRequested()).isTrue();
    }

    @Test
    void aFinishedJob_refusesACancel_andIsNeverStartedAgain() {
        ImportJob job = background(false);
        job.start(NOW);
        job.succeed(true, NOW);

        assertThatThrownBy(() -> job.requestCancel(NOW)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.IMPORT_JOB_FINISHED));
        assertThat(job.start(NOW)).isFalse();
        assertThat(job.percent()).hasValue(100.0);
    }

    @Test
    void aJobTakenUpAgain_countsItsAttempts_andOnlyAnAllOrNothingRunStartsOver() {
        ImportJob resumable = background(false);
        ImportJob atomic = background(true);
        for (ImportJob job : new ImportJob[] {resumable, atomic}) {
            job.start(NOW);
            job.progress(counts(3_000, 2_990), NOW);
            job.start(NOW.plusSeconds(60));
        }

        assertThat(resumable.snapshot().attempts()).isEqualTo(2);
        assertThat(resumable.resumable()).isTrue();
        assertThat(atomic.resumable()).isFalse();
        assertThat(resumable.snapshot().startedAt()).isEqualTo(NOW);
    }

    @Test
    void counts_accountForEveryRow() {
        assertThatThrownBy(() -> new ImportCounts(10, 11, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportCounts(10, 5, 0, 0, 0, 0, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ImportJob background(boolean atomic) {
        return ImportJob.queued(7, SheetKind.CUSTOMERS, new ImportJob.Upload("c.csv", 100, atomic, false, true), 1,
                "root", NOW);
    }

    private static ImportCounts counts(long read, long processed) {
        return new ImportCounts(read, processed, processed, 0, 0, 0, 0);
    }
}
