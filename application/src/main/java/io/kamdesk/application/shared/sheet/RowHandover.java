package io.kamdesk.application.shared.sheet;

import io.kamdesk.application.shared.HelperThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Items of a streamed list handed, in batches, to a thread of their own that writes them, so that
 * the file is written while the query reads on: reading rows (waiting on the database, mapping
 * them) and writing them (formatting, sending) take one core each instead of turns on one. Items are
 * written in the order they were handed; a few batches wait at most, so memory stays small.
 *
 * <p>A failure of the writing stops the reading at its next batch with that failure; a failure of
 * the reading (or closing before {@link #finish}) stops the writing at its next item.
 */
final class RowHandover<T> implements AutoCloseable {

    private static final int BATCH = 256;
    private static final int BATCHES_WAITING = 8;

    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Consumer<T> write;
    private final Thread writer;
    private List<T> filling = new ArrayList<>(BATCH);
    private volatile Throwable writeFailure;
    private volatile boolean abandoned;
    private boolean finished;

    RowHandover(Consumer<T> write) {
        this.write = write;
        this.writer = Thread.ofVirtual().name("sheet-writer").start(this::writeAll);
    }

    void hand(T item) {
        filling.add(item);
        if (filling.size() == BATCH) {
            send(filling);
            filling = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every item handed is written; throws what the writing threw. */
    void finish() {
        if (!filling.isEmpty()) {
            send(filling);
        }
        send(end);
        finished = true;
        HelperThreads.awaitEnd(writer);
        throwWriteFailure();
    }

    /** Stops the writing if {@link #finish} was not reached (the reading failed), once it has stopped. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        abandoned = true;
        batches.clear();
        batches.offer(end);
        writer.interrupt();
        HelperThreads.awaitEnd(writer);
    }

    private void send(List<T> batch) {
        throwWriteFailure();
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a file", e);
        }
    }

    private void throwWriteFailure() {
        if (writeFailure != null) {
            HelperThreads.rethrow(writeFailure);
        }
    }

    /** Takes batches until the end; after a failure it takes them unwritten, so the reader never waits forever. */
    private void writeAll() {
        try {
            for (List<T> batch = batches.take(); batch != end; batch = batches.take()) {
                writeBatch(batch);
            }
        } catch (InterruptedException e) {
            // abandoned: the reader has stopped and waits for this thread to end
        }
    }

    private void writeBatch(List<T> batch) {
        for (T item : batch) {
            if (abandoned || writeFailure != null) {
                return;
            }
            try {
                write.accept(item);
            } catch (RuntimeException | Error e) {
                writeFailure = e;
            }
        }
    }
}
