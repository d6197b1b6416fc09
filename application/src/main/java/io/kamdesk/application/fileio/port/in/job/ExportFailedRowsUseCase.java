package io.kamdesk.application.fileio.port.in.job;

import java.io.OutputStream;

/**
 * Writes exactly the rows of a job that failed, with their cells as uploaded, plus
 * {@value #ROW_COLUMN} (the row's number in the uploaded sheet) and {@value #ERROR_COLUMN} (its
 * problems): fixed in a spreadsheet program, the file imports again as it is.
 */
public interface ExportFailedRowsUseCase {

    String ROW_COLUMN = "error_row";
    String ERROR_COLUMN = "error";

    void exportFailedRows(FailedRowsQuery query, OutputStream out);
}
