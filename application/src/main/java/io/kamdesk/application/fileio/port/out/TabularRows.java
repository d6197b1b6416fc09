package io.kamdesk.application.fileio.port.out;

import io.kamdesk.application.shared.sheet.FileFormat;
import java.util.Iterator;

/**
 * The rows of an opened spreadsheet, read as they are iterated (never the whole file in memory).
 * Reading problems surface as {@link UnreadableFileException} from {@link #next()}.
 */
public interface TabularRows extends Iterator<TabularRow>, AutoCloseable {

    FileFormat format();

    /**
     * Reads past the rows left, without building their cells where the format allows, and answers
     * how many there were (blank ones included): the measure of an import's progress.
     *
     * @throws UnreadableFileException as {@link #next()} would
     */
    default long countRemaining() {
        long rows = 0;
        while (hasNext()) {
            next();
            rows++;
        }
        return rows;
    }

    @Override
    void close();
}
