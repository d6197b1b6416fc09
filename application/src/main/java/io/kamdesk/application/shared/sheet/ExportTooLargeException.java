package io.kamdesk.application.shared.sheet;

/** An export matched more rows than one sheet of the requested format holds; nothing was sent. */
public final class ExportTooLargeException extends RuntimeException {

    private final FileFormat format;
    private final long rows;

    public ExportTooLargeException(FileFormat format, long rows) {
        super(rows + " rows do not fit in one " + format + " sheet of " + format.maxDataRows());
        this.format = format;
        this.rows = rows;
    }

    public FileFormat format() {
        return format;
    }

    public long rows() {
        return rows;
    }
}
