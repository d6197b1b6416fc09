package io.kamdesk.application.fileio.port.out;

import java.io.InputStream;

/** Opens uploaded spreadsheets: CSV, XLSX or legacy XLS, recognised by content, not by name. */
public interface TabularReader {

    /**
     * @throws UnreadableFileException when the content is no spreadsheet this service reads, is
     *     damaged, or breaks the limits
     */
    TabularRows open(InputStream content, ReadLimits limits);

    /** Bounds on what one file may hold. */
    record ReadLimits(long maxRows, int maxCellLength) {

        public ReadLimits {
            if (maxRows < 1 || maxCellLength < 1) {
                throw new IllegalArgumentException("import limits must be positive");
            }
        }

        public static ReadLimits standard() {
            return new ReadLimits(1_000_000, 32_767);
        }
    }
}
