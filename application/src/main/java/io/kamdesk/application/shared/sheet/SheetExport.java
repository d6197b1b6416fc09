package io.kamdesk.application.shared.sheet;

import io.kamdesk.application.shared.ResultSink;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list streamed into a spreadsheet, the one way every export is written. The file is opened only
 * once the query has answered (its first rows, or its end), so a query that fails, or a count that is
 * refused, leaves the response untouched for an error answer. Rows are made and written on a thread
 * of their own while the query reads on ({@link RowHandover}).
 */
public final class SheetExport {

    private SheetExport() {
    }

    /**
     * Runs {@code query} into a file of {@code columns} on {@code out}, each item made a row by
     * {@code toRow}; answers how many rows were written. Where a sheet holds a limited number of
     * rows the query is asked to count first, and too many are refused before a byte is sent.
     */
    public static <T> long write(TabularWriter writer, OutputStream out, FileFormat format,
            List<TabularWriter.Column> columns, Consumer<ResultSink<T>> query, Function<T, List<Object>> toRow) {
        FileOnFirstRow file = new FileOnFirstRow(() -> writer.open(out, format, columns));
        try (file; RowHandover<T> rows = new RowHandover<>(item -> file.write(toRow.apply(item)))) {
            query.accept(new ResultSink<>() {
                @Override
                public boolean wantsTotal() {
                    return format.isRowLimited();
                }

                @Override
                public void total(long count) {
                    if (count > format.maxDataRows()) {
                        throw new ExportTooLargeException(format, count);
                    }
                }

                @Override
                public void item(T item) {
                    rows.hand(item);
                }
            });
            rows.finish();
            file.sink();
            return file.rows;
        }
    }

    private static final class FileOnFirstRow implements AutoCloseable {

        private final Supplier<TabularSink> opener;
        private TabularSink sink;
        private long rows;

        FileOnFirstRow(Supplier<TabularSink> opener) {
            this.opener = opener;
        }

        /** Called by the writing thread only, until the reading thread has waited for it to end. */
        void write(List<Object> row) {
            sink().row(row);
            rows++;
        }

        TabularSink sink() {
            if (sink == null) {
                sink = opener.get();
            }
            return sink;
        }

        @Override
        public void close() {
            if (sink != null) {
                sink.close();
            }
        }
    }
}
