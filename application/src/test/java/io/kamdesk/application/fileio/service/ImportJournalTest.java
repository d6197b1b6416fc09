package io.kamdesk.application.fileio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.testing.FakeTabularReader;
import io.kamdesk.application.fileio.testing.FileioFakes;
import io.kamdesk.application.fileio.testing.RecordingFileActivity;
import io.kamdesk.domain.fileio.ImportCounts;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checkpoints an import keeps in its journal, and what a resumed or cancelled run does with them. */
class ImportJournalTest {

    private final FileioFakes fakes = new FileioFakes();
    private final ImportCustomersService service = (ImportCustomersService) fakes.importCustomers();
    private final Viewer manager = fakes.givenManager("maria");

    @Test
    void everyBatch_isRecordedWithItsCountsAndTheProblemsOfItsRows() {
        RecordingJournal journal = new RecordingJournal(ImportCounts.NONE, Integer.MAX_VALUE);

        ImportReport report = service.run(request(rows(2_500, 1_200), false), journal);

        assertThat(report.processed()).isEqualTo(2_500);
        assertThat(journal.checkpoints).extracting(ImportCounts::rowsRead).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(journal.checkpoints.get(1).rowsFailed()).isEqualTo(1);
        assertThat(journal.problems).extracting(RowProblem::row).containsExactly(1_201);
        assertThat(fakes.activity().told()).as("operators are told of the finished import")
                .containsExactly(new RecordingFileActivity.Told("imported", SheetKind.CUSTOMERS, 2_500, report));
    }

    @Test
    void aResumedRun_skipsTheRowsOfItsCheckpoint_andCountsOnFromIt() {
        RecordingJournal journal = new RecordingJournal(new ImportCounts(1_000, 1_000, 1_000, 0, 0, 0, 0),
                Integer.MAX_VALUE);

        ImportReport report = service.run(request(rows(1_500, 0), false), journal);

        assertThat(report.processed()).isEqualTo(1_500);
        assertThat(report.customersCreated()).isEqualTo(1_500);
        assertThat(fakes.customers().all().size()).as("only the rows after the checkpoint were written").isEqualTo(500);
    }

    @Test
    void aCancel_stopsBetweenBatches_andTheCommittedOnesStay() {
        RecordingJournal journal = new RecordingJournal(ImportCounts.NONE, 1);

        ImportReport report = service.run(request(rows(2_500, 0), false), journal);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.success()).isFalse();
        assertThat(report.processed()).isEqualTo(1_000);
        assertThat(fakes.customers().all().size()).isEqualTo(1_000);
    }

    @Test
    void aCancelledAtomicRun_writesNothing() {
        RecordingJournal journal = new RecordingJournal(ImportCounts.NONE, 1);

        ImportReport report = service.run(request(rows(2_500, 0), true), journal);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(fakes.customers().all().size()).isZero();
    }

    private ImportFileCommand request(List<List<String>> rows, boolean atomic) {
        return new ImportFileCommand(manager, FakeTabularReader.sheet(rows), atomic, false, null);
    }

    /** {@code count} customers; the row at {@code badAt} (1-based, 0 for none) has a broken e-mail. */
    private static List<List<String>> rows(int count, int badAt) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name", "email", "phone"));
        for (int n = 1; n <= count; n++) {
            rows.add(List.of("Customer " + n, n == badAt ? "broken" : "c" + n + "@journal.test",
                    "0171" + String.format("%07d", n)));
        }
        return rows;
    }

    /** Keeps what the run records; asks it to stop once {@code batchesBeforeCancel} batches are done. */
    private static final class RecordingJournal implements ImportJournal {

        private final ImportCounts start;
        private final int batchesBeforeCancel;
        private final List<ImportCounts> checkpoints = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();

        RecordingJournal(ImportCounts start, int batchesBeforeCancel) {
            this.start = start;
            this.batchesBeforeCancel = batchesBeforeCancel;
        }

        @Override
        public ImportCounts resumeFrom() {
            return start;
        }

        @Override
        public boolean cancelRequested() {
            return checkpoints.size() >= batchesBeforeCancel;
        }

        @Override
        public void batchDone(ImportCounts counts, List<RowProblem> batchProblems) {
            checkpoints.add(counts);
            problems.addAll(batchProblems);
        }
    }
}
