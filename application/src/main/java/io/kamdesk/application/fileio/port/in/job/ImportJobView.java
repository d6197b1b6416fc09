package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.shared.DomainException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An import job as its owner sees it: the stored job, its progress figures, and, for a failed job,
 * why it stopped (a file problem or a refusal; null for a failure of the service itself).
 */
public record ImportJobView(ImportJob.Snapshot job, OptionalDouble percent, OptionalDouble rowsPerSecond,
        OptionalLong etaSeconds, DomainException failure) {

    public ImportJobView {
        Objects.requireNonNull(job);
    }

    public static ImportJobView of(ImportJob job, DomainException failure) {
        return new ImportJobView(job.snapshot(), job.percent(), job.rowsPerSecond(), job.etaSeconds(), failure);
    }
}
