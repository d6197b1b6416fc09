package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.domain.shared.DomainException;
import java.util.List;
import java.util.Locale;

/**
 * The words of the file area's problems, beside the shared {@link Wording} (which cannot see the
 * file area, a leaf): why an upload cannot be read, and why a row of an import was not written.
 */
public final class FileWording {

    private static final String NOT_A_SPREADSHEET = "The file is not a CSV, XLSX or XLS spreadsheet.";
    private static final String SAVE_AS_CSV_UTF8 = "(in Excel, save the sheet as \"CSV UTF-8\").";

    private FileWording() {
    }

    /** A refusal's sentence, the file area's own problems included. */
    public static String detail(DomainException refused) {
        return refused instanceof UnreadableFileException unreadable ? sentence(unreadable) : Wording.detail(refused);
    }

    /** Why an uploaded file cannot be read. */
    public static String sentence(UnreadableFileException unreadable) {
        List<Object> args = unreadable.details();
        return switch (unreadable.problem()) {
            case EMPTY -> "The file is empty.";
            case NO_HEADER -> "The file is empty: the first row must name the columns.";
            case MISSING_COLUMNS -> "The file has no column for: " + Wording.joined(args.get(0))
                    + ". The first row must name the columns.";
            case NOT_A_SPREADSHEET_NAME ->
                    "\"" + args.get(0) + "\" is not a spreadsheet: upload a .csv, .xlsx or .xls file.";
            case NOT_A_SPREADSHEET -> NOT_A_SPREADSHEET;
            case NOT_UTF8 -> NOT_A_SPREADSHEET + " CSV files must be UTF-8 text " + SAVE_AS_CSV_UTF8;
            case NOT_TEXT_IN_CHARSET -> NOT_A_SPREADSHEET + " Row " + args.get(0) + " holds bytes that are not "
                    + args.get(1) + " text " + SAVE_AS_CSV_UTF8;
            case ZIP_NOT_XLSX -> "The file is a ZIP archive but not an XLSX workbook.";
            case XLSB -> "Binary workbooks (XLSB) are not read; save the workbook as XLSX.";
            case OPEN_DOCUMENT -> "OpenDocument spreadsheets are not read; save the sheet as XLSX or CSV.";
            case OFFICE_NOT_EXCEL -> "The file is an Office document but not an Excel workbook.";
            case EXCEL_95 -> "The XLS file is from Excel 95 or older, which is not read; save it as XLSX.";
            case PASSWORD_PROTECTED -> "The file is password-protected; remove the password and upload it again.";
            case NO_SHEETS -> "The workbook has no sheets.";
            case XLSX_DAMAGED -> "The XLSX file is damaged or incomplete and cannot be read.";
            case XLSX_DAMAGED_NEAR_ROW ->
                    "The XLSX file is damaged or incomplete near row " + args.get(0) + " and cannot be read.";
            case XLS_DAMAGED -> "The XLS file is damaged and cannot be read.";
            case DOCTYPE ->
                    "The XLSX file contains a DOCTYPE declaration, which workbooks never have; it was not read.";
            case ZIP_BOMB ->
                    "The XLSX file expands to far more data than its size suggests (a zip bomb) and was not read.";
            case BEYOND_LAST_COLUMN -> "Row " + args.get(0) + ": a cell lies beyond the last column (XFD).";
            case MISSING_SHARED_TEXT -> "Row " + args.get(0) + ", column " + args.get(1)
                    + ": the cell refers to a shared text the file does not have.";
            case CSV_ROW_UNREADABLE -> "Row " + args.get(0) + " cannot be read as CSV.";
            case CSV_ROW_TOO_LONG -> "Row " + args.get(0) + " is longer than " + count(args.get(1))
                    + " characters; is a quote left open?";
            case CSV_QUOTE_NOT_CLOSED -> "Row " + args.get(0) + ": a quoted cell is never closed.";
            case TOO_MANY_ROWS -> "The file has more than " + count(args.get(0)) + " rows.";
            case CELL_TOO_LONG -> "Row " + args.get(0) + ", column " + args.get(1) + ": the cell is longer than "
                    + count(args.get(2)) + " characters.";
        };
    }

    /** Why one row of an import was not written. */
    public static String sentence(RowProblem problem) {
        return problem.refusal() != null ? detail(problem.refusal())
                : Wording.sentence(problem.field(), problem.violation());
    }

    /** {@code "Row 7: email: Enter a valid email address."} */
    public static String line(RowProblem problem) {
        return "Row " + problem.row() + ": " + (problem.column().isEmpty() ? "" : problem.column() + ": ")
                + sentence(problem);
    }

    private static String count(Object number) {
        return String.format(Locale.ROOT, "%,d", ((Number) number).longValue());
    }
}
