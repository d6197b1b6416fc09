package io.kamdesk.application.fileio.port.in;

/** Why one row of an import was not written: the spreadsheet row number, the column and the value. */
public record RowProblem(int row, String column, String value, String message) {

    /** {@code "Row 7: email: Enter a valid email address."} */
    public String asText() {
        return "Row " + row + ": " + (column == null || column.isEmpty() ? "" : column + ": ") + message;
    }
}
