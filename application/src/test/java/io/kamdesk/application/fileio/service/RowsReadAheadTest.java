package io.kamdesk.application.fileio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowsReadAheadTest {

    @Test
    void everyRow_comesInTheFilesOrder() {
        List<Integer> numbers = new ArrayList<>();
        try (TabularRows rows = RowsReadAhead.of(new Rows(2_345, -1))) {
            rows.forEachRemaining(row -> numbers.add(row.number()));
        }

        assertThat(numbers).hasSize(2_345).isSorted().startsWith(1).endsWith(2_345);
    }

    @Test
    void aFailedRead_isThrownByNext_afterTheRowsBeforeIt() {
        List<Integer> numbers = new ArrayList<>();
        try (TabularRows rows = RowsReadAhead.of(new Rows(10_000, 1_234))) {
            assertThatThrownBy(() -> {
                while (rows.hasNext()) {
                    numbers.add(rows.next().number());
                }
            }).isInstanceOf(UnreadableFileException.class);
            assertThat(rows.hasNext()).isTrue();
            assertThatThrownBy(rows::next).isInstanceOf(UnreadableFileException.class);
        }

        assertThat(numbers).hasSize(1_233).endsWith(1_233);
    }

    @Test
    void closing_stopsTheReading_andClosesTheFile() {
        Rows endless = new Rows(Integer.MAX_VALUE, -1);
        try (TabularRows rows = RowsReadAhead.of(endless)) {
            assertThat(rows.next().number()).isEqualTo(1);
        }

        assertThat(endless.closed).isTrue();
        int readWhenClosed = endless.read.get();
        assertThat(readWhenClosed).isLessThan(Integer.MAX_VALUE);
        assertThat(endless.read.get()).isEqualTo(readWhenClosed);
    }

    @Test
    void anEmptyFile_hasNoRows() {
        try (TabularRows rows = RowsReadAhead.of(new Rows(0, -1))) {
            assertThat(rows.hasNext()).isFalse();
            assertThat(rows.format()).isEqualTo(FileFormat.CSV);
        }
    }

    /** Rows numbered from 1; the row {@code failingAt}, if any, is unreadable. */
    private static final class Rows implements TabularRows {
        private final int count;
        private final int failingAt;
        private final AtomicInteger read = new AtomicInteger();
        private volatile boolean closed;

        Rows(int count, int failingAt) {
            this.count = count;
            this.failingAt = failingAt;
        }

        @Override
        public FileFormat format() {
            return FileFormat.CSV;
        }

        @Override
        public boolean hasNext() {
            return read.get() < count;
        }

        @Override
        public TabularRow next() {
            int number = read.incrementAndGet();
            if (number == failingAt) {
                throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET);
            }
            return new TabularRow(number, List.of("cell " + number));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
