package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.application.fileio.port.in.ImportReport;

/**
 * Runs an import within the caller's request, and leaves a job behind it: its counts, and the
 * failed rows to download and fix.
 */
public interface ImportNowUseCase {

    /** The job recorded, and the report of the run. */
    record RecordedImport(long jobId, ImportReport report) {
    }

    RecordedImport importNow(StartImportCommand command);
}
