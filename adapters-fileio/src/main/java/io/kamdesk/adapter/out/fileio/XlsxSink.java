package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter.ColumnType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX for download, streamed into the caller's stream as it is written (fastexcel, decision 0044):
 * every {@value #FLUSH_EVERY} rows the sheet's XML goes through the zip into the stream, so the
 * first bytes leave at once and memory stays flat whatever the size; nothing is written to disk.
 * Strings inline (no shared-strings table growing in memory). Bold header frozen in place,
 * auto-filter over all rows, money as numbers formatted {@code #,##0.00}, quantities as numbers
 * (General format: no trailing decimal point on whole numbers), dates as real date cells
 * {@code yyyy-mm-dd}, integers {@code 0}; text neutralised against formula injection like the CSV.
 * Column widths are fixed per type (rows already sent cannot be measured).
 */
final class XlsxSink implements TabularSink {

    static final int FLUSH_EVERY = 1_000;
    /** Deflate's fastest level: compressing costs more than the bytes it saves on the way out. */
    private static final int COMPRESSION = 1;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final List<Column> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow;
    private boolean closed;

    XlsxSink(OutputStream out, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.workbook = new Workbook(new CsvSink.KeepOpen(out), "KAM Desk", "1.0");
        workbook.setCompressionLevel(COMPRESSION);
        this.sheet = workbook.newWorksheet("Sheet1");
        writeHeader();
    }

    private void writeHeader() {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.inlineString(nextRow, i, Values.text(column.title()));
            sheet.style(nextRow, i).bold().set();
            sheet.width(i, width(column));
        }
        sheet.freezePane(0, 1);
        nextRow++;
    }

    /** Characters: by type, and wide enough for the title. */
    private static int width(Column column) {
        int byType = switch (column.type()) {
            case TEXT -> 24;
            case MONEY -> 15;
            case QUANTITY -> 12;
            case DATE -> 12;
            case INTEGER -> 10;
        };
        return Math.min(60, Math.max(byType, column.title().length() + 3));
    }

    @Override
    public void row(List<Object> values) {
        if (closed) {
            throw new IllegalStateException("The sink is closed");
        }
        Values.checkRow(values, columns);
        if (nextRow > LAST_ROW) {
            throw new IllegalStateException("An XLSX sheet holds at most " + Cells.count(LAST_ROW + 1L)
                    + " rows; export as CSV instead");
        }
        boolean empty = true;
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                write(nextRow, i, value, columns.get(i));
                empty = false;
            }
        }
        if (empty) {
            // a row without cells would not be written at all; readers would see one row fewer
            sheet.inlineString(nextRow, 0, "");
        }
        nextRow++;
        if (nextRow % FLUSH_EVERY == 0) {
            flush();
        }
    }

    private void write(int row, int column, Object value, Column definition) {
        switch (definition.type()) {
            case TEXT -> {
                String text = Values.text(value);
                // Excel's limit per cell; a longer text could not be opened
                sheet.inlineString(row, column, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
            // A spreadsheet's numeric cell is a double by the file format itself. Every numeric(15,2)
            // amount has at most 15 significant digits, which a double holds exactly as Excel shows
            // them, and the reader takes them back at 15 digits: no cent is lost either way.
            case MONEY -> {
                sheet.value(row, column, Values.money(value, definition).doubleValue());
                sheet.style(row, column).format("#,##0.00").set();
            }
            case QUANTITY -> sheet.value(row, column, Values.quantity(value, definition).doubleValue());
            case DATE -> {
                sheet.value(row, column, Values.date(value, definition));
                sheet.style(row, column).format("yyyy-mm-dd").set();
            }
            case INTEGER -> {
                sheet.value(row, column, Values.integer(value, definition));
                sheet.style(row, column).format("0").set();
            }
        }
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.setAutoFilter(0, 0, nextRow - 1, columns.size() - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
