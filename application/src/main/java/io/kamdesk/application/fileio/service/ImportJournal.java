package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.domain.fileio.ImportCounts;
import java.util.List;

/**
 * Where a run of {@link ImportRunner} keeps its checkpoints: the counts it resumes from, whether it
 * was asked to stop, and each finished batch with the problems of its rows. A run in batches records
 * a batch inside the batch's own transaction, so that a checkpoint exists exactly when its rows do.
 */
interface ImportJournal {

    /** A run that keeps nothing: it starts at the first row and is never cancelled. */
    ImportJournal NONE = new ImportJournal() {
        @Override
        public ImportCounts resumeFrom() {
            return ImportCounts.NONE;
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }

        @Override
        public void batchDone(ImportCounts counts, List<RowProblem> problems) {
            // nothing kept
        }
    };

    /** The counts of the last recorded batch; {@link ImportCounts#NONE} for a fresh start. */
    ImportCounts resumeFrom();

    /** Asked between batches. */
    boolean cancelRequested();

    void batchDone(ImportCounts counts, List<RowProblem> problems);
}
