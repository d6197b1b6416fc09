package io.kamdesk.application.fileio.testing;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * "Reads" spreadsheets made by {@link #sheet}: rows given as lists of cells, numbered 1..n as a
 * person sees them (the header is row 1). Cells are taken as the real reader normalises them, so a
 * test writes {@code "5000"}, {@code "2025-03-10"} or {@code ""}. Any other stream is no spreadsheet.
 * Remembers how many files were opened and whether each was closed.
 */
public final class FakeTabularReader implements TabularReader {

    private final List<FakeRows> opened = new ArrayList<>();

    /** A file whose rows are these, the first one being the header. */
    public static InputStream sheet(List<List<String>> rows) {
        return new Sheet(rows);
    }

    /** One row's cells. */
    public static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Override
    public synchronized TabularRows open(InputStream content, ReadLimits limits) {
        if (!(content instanceof Sheet sheet)) {
            throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET);
        }
        FakeRows rows = new FakeRows(sheet.rows);
        opened.add(rows);
        return rows;
    }

    /** How many files were opened. */
    public synchronized int openedCount() {
        return opened.size();
    }

    /** Whether every file opened has been closed again. */
    public synchronized boolean allClosed() {
        return opened.stream().allMatch(rows -> rows.closed);
    }

    private static final class Sheet extends ByteArrayInputStream {

        private final List<List<String>> rows;

        Sheet(List<List<String>> rows) {
            super(new byte[0]);
            this.rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private static final class FakeRows implements TabularRows {

        private final Iterator<List<String>> cells;
        private int number;
        private boolean closed;

        FakeRows(List<List<String>> rows) {
            this.cells = rows.iterator();
        }

        @Override
        public FileFormat format() {
            return FileFormat.CSV;
        }

        @Override
        public boolean hasNext() {
            return !closed && cells.hasNext();
        }

        @Override
        public TabularRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            number++;
            return new TabularRow(number, cells.next());
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
