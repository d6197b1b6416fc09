package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter.ColumnType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX for download, written streaming with SXSSF: at most {@value #WINDOW} rows in memory, the rest
 * in a compressed temporary file; strings inline (no shared-strings table growing in memory). Bold
 * header frozen in place, auto-filter over all rows, money as numbers formatted {@code #,##0.00},
 * quantities as numbers (General format: no trailing decimal point on whole numbers), dates as real
 * date cells {@code yyyy-mm-dd}, integers {@code 0}; text neutralised against formula injection like
 * the CSV. Column widths are fixed per type (SXSSF cannot autosize rows it has flushed).
 */
final class XlsxSink implements TabularSink {

    static final int WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final OutputStream out;
    private final List<Column> columns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);
    private int nextRow;
    private boolean closed;

    XlsxSink(OutputStream out, List<Column> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            this.sheet = workbook.createSheet("Sheet1");
            DataFormat formats = workbook.createDataFormat();
            styles.put(ColumnType.MONEY, style(formats, "#,##0.00"));
            styles.put(ColumnType.DATE, style(formats, "yyyy-mm-dd"));
            styles.put(ColumnType.INTEGER, style(formats, "0"));
            writeHeader();
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private CellStyle style(DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private void writeHeader() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(Values.text(column.title()));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, width(column) * 256);
        }
        sheet.createFreezePane(0, 1);
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
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                write(row.createCell(i), value, columns.get(i));
            }
        }
    }

    private void write(Cell cell, Object value, Column column) {
        switch (column.type()) {
            case TEXT -> {
                String text = Values.text(value);
                // Excel's limit per cell; a longer text could not be opened
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
            // A spreadsheet's numeric cell is a double by the file format itself. Every numeric(15,2)
            // amount has at most 15 significant digits, which a double holds exactly as Excel shows
            // them, and the reader takes them back at 15 digits: no cent is lost either way.
            case MONEY -> cell.setCellValue(Values.money(value, column).doubleValue());
            case QUANTITY -> cell.setCellValue(Values.quantity(value, column).doubleValue());
            case DATE -> cell.setCellValue(Values.date(value, column));
            case INTEGER -> cell.setCellValue((double) Values.integer(value, column));
        }
        CellStyle style = styles.get(column.type());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns.size() - 1));
            workbook.write(new CsvSink.KeepOpen(out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // close also deletes SXSSF's temporary files
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files may stay until the process ends; nothing else to do
            }
        }
    }
}
