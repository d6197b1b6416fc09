package io.kamdesk.application.fileio.port.out;

import io.kamdesk.application.fileio.port.in.FileFormat;
import java.util.Iterator;

/**
 * The rows of an opened spreadsheet, read as they are iterated (never the whole file in memory).
 * Reading problems surface as {@link UnreadableFileException} from {@link #next()}.
 */
public interface TabularRows extends Iterator<TabularRow>, AutoCloseable {

    FileFormat format();

    @Override
    void close();
}
