package io.kamdesk.application.fileio.port.out;

/**
 * Why an uploaded file cannot be read as a spreadsheet; the arguments each problem carries are listed
 * beside it and travel in {@link UnreadableFileException#arguments()}. Adapters put it in words.
 */
public enum FileProblem {
    /** The file has no bytes. */
    EMPTY,
    /** The file has no header row. */
    NO_HEADER,
    /** Columns the import needs are missing: their keys (a list of strings). */
    MISSING_COLUMNS,
    /** The file's name says it is no spreadsheet: the name. */
    NOT_A_SPREADSHEET_NAME,
    /** The content is no CSV, XLSX or XLS. */
    NOT_A_SPREADSHEET,
    /** Text that is not UTF-8, where UTF-8 is required. */
    NOT_UTF8,
    /** A row holds bytes that are not text in the file's character set: the row, the character set. */
    NOT_TEXT_IN_CHARSET,
    /** A ZIP archive that is no XLSX workbook. */
    ZIP_NOT_XLSX,
    /** A binary workbook (XLSB). */
    XLSB,
    /** An OpenDocument spreadsheet. */
    OPEN_DOCUMENT,
    /** An Office document that is no Excel workbook. */
    OFFICE_NOT_EXCEL,
    /** An XLS file from Excel 95 or older. */
    EXCEL_95,
    /** A password-protected workbook. */
    PASSWORD_PROTECTED,
    /** A workbook without sheets. */
    NO_SHEETS,
    /** An XLSX file that is damaged or incomplete. */
    XLSX_DAMAGED,
    /** An XLSX file damaged near a row: the row. */
    XLSX_DAMAGED_NEAR_ROW,
    /** An XLS file that is damaged. */
    XLS_DAMAGED,
    /** An XLSX file with a DOCTYPE declaration. */
    DOCTYPE,
    /** An XLSX file that expands to far more than its size suggests. */
    ZIP_BOMB,
    /** A cell beyond the last column (XFD): the row. */
    BEYOND_LAST_COLUMN,
    /** A cell refers to a shared text the file lacks: the row, the column's letters. */
    MISSING_SHARED_TEXT,
    /** A CSV row that cannot be read: the row. */
    CSV_ROW_UNREADABLE,
    /** A CSV row longer than allowed: the row, the maximum length. */
    CSV_ROW_TOO_LONG,
    /** A quoted CSV cell that is never closed: the row. */
    CSV_QUOTE_NOT_CLOSED,
    /** More rows than allowed: the maximum. */
    TOO_MANY_ROWS,
    /** A cell longer than allowed: the row, the column's letters, the maximum length. */
    CELL_TOO_LONG
}
