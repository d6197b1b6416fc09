package io.kamdesk.domain.fileio;

/**
 * How far an import has gone: {@code rowsRead} data rows of the file consumed (blank ones included,
 * so that a resumed run skips exactly these), {@code processed} of them imported or refused, and what
 * the written ones did. Every processed row is accounted for: it failed, or created, updated or left
 * unchanged its record.
 */
public record ImportCounts(long rowsRead, long processed, long customersCreated, long customersUpdated,
        long billsCreated, long billsUpdated, long rowsFailed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

    public ImportCounts {
        if (rowsRead < 0 || processed < 0 || customersCreated < 0 || customersUpdated < 0 || billsCreated < 0
                || billsUpdated < 0 || rowsFailed < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (processed > rowsRead || rowsFailed > processed) {
            throw new IllegalArgumentException("rows are processed after they are read, and fail when processed");
        }
    }

    /** True when {@code later} counts on from these, never back. */
    public boolean precedes(ImportCounts later) {
        return later.rowsRead >= rowsRead && later.processed >= processed && later.rowsFailed >= rowsFailed;
    }
}
