package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * Pull iteration over rows parsed one at a time. {@link #hasNext()} parses one row ahead; when that
 * fails it answers {@code true} and {@link #next()} throws the {@link UnreadableFileException} (or
 * the {@link UncheckedIOException} of a failed upload stream), after which the iteration is over.
 * Any other parser failure is a damaged file.
 */
abstract class AbstractRows implements TabularRows {

    private final FileFormat format;
    private TabularRow ahead;
    private RuntimeException failure;
    private boolean finished;
    private boolean closed;

    AbstractRows(FileFormat format) {
        this.format = format;
    }

    /** The next row, or null at the end. */
    protected abstract TabularRow readRow();

    /**
     * Reads past the next row without building it; false at the end. Formats that can tell a row's
     * end without parsing its cells override it.
     */
    protected boolean skipRow() {
        return readRow() != null;
    }

    /** The refusal for an unexpected failure of the parser (damaged content). */
    protected abstract UnreadableFileException damaged();

    /** Releases streams, parsers and temporary files; called once. */
    protected abstract void release();

    @Override
    public final FileFormat format() {
        return format;
    }

    @Override
    public final boolean hasNext() {
        if (ahead != null || failure != null) {
            return true;
        }
        if (finished || closed) {
            return false;
        }
        try {
            ahead = readRow();
        } catch (UnreadableFileException | UncheckedIOException e) {
            // the content is bad, or reading the upload itself failed
            failure = e;
        } catch (RuntimeException e) {
            UnreadableFileException damaged = damaged();
            damaged.initCause(e);
            failure = damaged;
        }
        if (ahead == null && failure == null) {
            finished = true;
            return false;
        }
        return true;
    }

    @Override
    public final TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            finished = true;
            throw e;
        }
        TabularRow row = ahead;
        ahead = null;
        return row;
    }

    @Override
    public final long countRemaining() {
        long rows = 0;
        if (hasNext()) {
            next();
            rows++;
        }
        try {
            while (!closed && skipRow()) {
                rows++;
            }
        } catch (UnreadableFileException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            UnreadableFileException damaged = damaged();
            damaged.initCause(e);
            throw damaged;
        } finally {
            finished = true;
        }
        return rows;
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            ahead = null;
            failure = null;
            release();
        }
    }
}
