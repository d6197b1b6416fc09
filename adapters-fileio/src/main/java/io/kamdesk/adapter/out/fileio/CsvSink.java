package io.kamdesk.adapter.out.fileio;

import com.opencsv.CSVWriter;
import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for download: UTF-8 with a byte-order mark (so Excel shows Bangla and other non-Latin text),
 * RFC 4180 quoting where needed, CRLF line ends, a header row of the column titles. Text that a
 * spreadsheet would run as a formula gets a leading apostrophe; money has two decimals, quantities
 * are plain decimals, dates ISO, empty values empty.
 */
final class CsvSink implements TabularSink {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<Column> columns;
    private final CSVWriter csv;
    private boolean closed;

    CsvSink(OutputStream out, List<Column> columns) {
        this.columns = List.copyOf(columns);
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8), 64 * 1024);
        this.csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        String[] titles = new String[columns.size()];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = Values.text(columns.get(i).title());
        }
        write(titles);
    }

    @Override
    public void row(List<Object> values) {
        if (closed) {
            throw new IllegalStateException("The sink is closed");
        }
        Values.checkRow(values, columns);
        String[] cells = new String[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = format(values.get(i), columns.get(i));
        }
        write(cells);
    }

    private static String format(Object value, Column column) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> Values.text(value);
            case MONEY -> Values.money(value, column).toPlainString();
            case QUANTITY -> Values.quantity(value, column).toPlainString();
            case DATE -> Values.date(value, column).toString();
            case INTEGER -> Long.toString(Values.integer(value, column));
        };
    }

    private void write(String[] cells) {
        csv.writeNext(cells, false);
        // getException, not checkError: checkError flushes on every call
        if (csv.getException() != null) {
            throw new UncheckedIOException(new IOException("Writing the CSV failed", csv.getException()));
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes everything through but close, which only flushes: the stream is the caller's. */
    static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
