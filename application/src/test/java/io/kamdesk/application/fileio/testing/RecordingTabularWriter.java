package io.kamdesk.application.fileio.testing;

import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps what a download would hold: the columns and the typed values of each row, as handed to the
 * sink. {@link #asSheet()} turns them into the cells the reader would give back from the written
 * file, for round trips.
 */
public final class RecordingTabularWriter implements TabularWriter {

    private final List<Download> downloads = new ArrayList<>();

    @Override
    public synchronized TabularSink open(OutputStream out, FileFormat format, List<Column> columns) {
        Download download = new Download(out, format, List.copyOf(columns));
        downloads.add(download);
        return download;
    }

    /** The last download written. */
    public synchronized Download last() {
        if (downloads.isEmpty()) {
            throw new IllegalStateException("nothing was written");
        }
        return downloads.get(downloads.size() - 1);
    }

    public synchronized int downloadCount() {
        return downloads.size();
    }

    /** One file written: where to, in which format, its columns and its rows. */
    public static final class Download implements TabularSink {

        private final OutputStream out;
        private final FileFormat format;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private boolean closed;

        Download(OutputStream out, FileFormat format, List<Column> columns) {
            this.out = out;
            this.format = format;
            this.columns = columns;
        }

        @Override
        public synchronized void row(List<Object> values) {
            if (closed) {
                throw new IllegalStateException("row written after close");
            }
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
            }
            rows.add(Collections.unmodifiableList(new ArrayList<>(values)));
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        public OutputStream out() {
            return out;
        }

        public FileFormat format() {
            return format;
        }

        public List<Column> columns() {
            return columns;
        }

        public List<String> titles() {
            return columns.stream().map(Column::title).toList();
        }

        public synchronized List<List<Object>> rows() {
            return List.copyOf(rows);
        }

        /** The values of one column, row by row (nulls kept). */
        public synchronized List<Object> column(String title) {
            int index = titles().indexOf(title);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + title + " in " + titles());
            }
            List<Object> values = new ArrayList<>();
            rows.forEach(row -> values.add(row.get(index)));
            return values;
        }

        public synchronized boolean closed() {
            return closed;
        }

        /**
         * The file as the reader gives it back: the titles, then each row's cells as text (numbers as
         * plain decimals, dates as {@code YYYY-MM-DD}, empty cells as {@code ""}).
         */
        public synchronized List<List<String>> asSheet() {
            List<List<String>> sheet = new ArrayList<>();
            sheet.add(titles());
            for (List<Object> row : rows) {
                sheet.add(row.stream().map(Download::cell).toList());
            }
            return sheet;
        }

        private static String cell(Object value) {
            return switch (value) {
                case null -> "";
                case BigDecimal number -> number.toPlainString();
                case LocalDate date -> date.toString();
                default -> value.toString();
            };
        }
    }
}
