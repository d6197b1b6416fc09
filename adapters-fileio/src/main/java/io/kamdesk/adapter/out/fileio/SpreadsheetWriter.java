package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes downloads row by row: CSV (RFC 4180, UTF-8 with byte-order mark, CRLF) with opencsv, XLSX
 * streamed with fastexcel. The output stream stays the caller's: closing a sink flushes it but
 * does not close it. Legacy XLS is read, never written.
 */
public class SpreadsheetWriter implements TabularWriter {

    public SpreadsheetWriter() {
        PoiTempFiles.directory();
    }

    @Override
    public TabularSink open(OutputStream out, FileFormat format, List<Column> columns) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("A download needs at least one column");
        }
        return switch (format) {
            case CSV -> new CsvSink(out, columns);
            case XLSX -> new XlsxSink(out, columns);
            case XLS -> throw new IllegalArgumentException("XLS is read, never written; write XLSX");
        };
    }
}
