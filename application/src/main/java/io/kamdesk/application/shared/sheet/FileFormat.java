package io.kamdesk.application.shared.sheet;

/** The spreadsheet formats the service reads and writes, with how many data rows a sheet can hold. */
public enum FileFormat {
    CSV(Long.MAX_VALUE),
    /** 1,048,576 rows per sheet, one of them the header. */
    XLSX(1_048_575),
    /** 65,536 rows per sheet, one of them the header. */
    XLS(65_535);

    private final long maxDataRows;

    FileFormat(long maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    public long maxDataRows() {
        return maxDataRows;
    }

    /** Whether an export must count its rows first to know they fit. */
    public boolean isRowLimited() {
        return maxDataRows != Long.MAX_VALUE;
    }
}
