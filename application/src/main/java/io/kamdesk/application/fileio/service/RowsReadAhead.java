package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.shared.HelperThreads;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A file's rows read on a thread of their own, a few batches ahead of the import that checks and
 * writes them: parsing the file and writing to the database take one core each instead of turns on
 * one. Rows come in the file's order, and a failure of the reading (an unreadable row, a file over
 * the limits) is thrown where it happened in the file, once the rows before it are taken.
 */
final class RowsReadAhead implements TabularRows {

    private static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 4;

    private final TabularRows source;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private Iterator<TabularRow> current = Collections.emptyIterator();
    private Batch last;

    private RowsReadAhead(TabularRows source) {
        this.source = source;
        this.reader = Thread.ofVirtual().name("import-reader").start(this::readAll);
    }

    static TabularRows of(TabularRows source) {
        return new RowsReadAhead(source);
    }

    @Override
    public FileFormat format() {
        return source.format();
    }

    /** True also when the reading failed here: {@link #next()} throws the failure, as the file's rows do. */
    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (last != null) {
                return last.failure() != null;
            }
            Batch batch = take();
            current = batch.rows().iterator();
            if (batch.last()) {
                last = batch;
            }
        }
        return true;
    }

    @Override
    public TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (!current.hasNext()) {
            HelperThreads.rethrow(last.failure());
        }
        return current.next();
    }

    /** Stops the reading thread and closes the file once it has stopped. */
    @Override
    public void close() {
        reader.interrupt();
        batches.clear();
        HelperThreads.awaitEnd(reader);
        source.close();
    }

    private Batch take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a file", e);
        }
    }

    private void readAll() {
        List<TabularRow> rows = new ArrayList<>(BATCH);
        try {
            while (source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BATCH) {
                    batches.put(new Batch(rows, null, false));
                    rows = new ArrayList<>(BATCH);
                }
            }
            batches.put(new Batch(rows, null, true));
        } catch (RuntimeException | Error failure) {
            putLast(new Batch(rows, failure, true));
        } catch (InterruptedException closed) {
            // the import has stopped reading
        }
    }

    private void putLast(Batch batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException closed) {
            // the import has stopped reading
        }
    }

    /** Rows in the file's order; the last batch says whether the reading ended in a failure. */
    private record Batch(List<TabularRow> rows, Throwable failure, boolean last) {
    }
}
