package io.kamdesk.application.shared.testing;

import io.kamdesk.application.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work directly, and rolls the enlisted in-memory stores back when it throws, as a
 * database would. A transaction started inside another joins it (like Spring's default
 * propagation): an inner failure dooms the outer one even if the outer work catches it. A
 * {@linkplain #nested(Supplier) nested} unit inside a transaction is a savepoint: its failure undoes
 * only its own changes and leaves the surrounding transaction free to commit.
 */
public final class InMemoryTransactions implements Transactions {

    /** An in-memory store whose state a transaction can put back. */
    public interface Participant {

        /** Captures the current state; running the answer restores it. */
        Runnable snapshot();
    }

    private final List<Participant> participants;
    private int depth;
    private boolean rollbackOnly;
    private int committed;
    private int rolledBack;
    private int rolledBackToSavepoint;
    private boolean readOnly;

    public InMemoryTransactions(Participant... participants) {
        this.participants = List.of(participants);
    }

    /** Runs the work as it comes: what tests run independently (import journals) is no enlisted store. */
    @Override
    public <T> T independently(Supplier<T> work) {
        return work.get();
    }

    /** A transaction as any other, known as read-only while it runs ({@link #isReadOnly()}). */
    @Override
    public synchronized <T> T readOnly(Supplier<T> reads) {
        if (depth > 0) {
            return joined(reads);
        }
        readOnly = true;
        try {
            return inTransaction(reads);
        } finally {
            readOnly = false;
        }
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return joined(work);
        }
        List<Runnable> restore = new ArrayList<>();
        participants.forEach(participant -> restore.add(participant.snapshot()));
        depth = 1;
        rollbackOnly = false;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollBack(restore);
            throw e;
        } finally {
            depth = 0;
        }
        if (rollbackOnly) {
            rollBack(restore);
            throw new IllegalStateException("transaction rolled back: an inner transaction failed");
        }
        committed++;
        return result;
    }

    /**
     * A savepoint: the stores are captured before the work; when it throws, they are put back to
     * that capture and the failure goes on to the caller, while the surrounding transaction stays
     * alive (as Spring's NESTED propagation rolls back to the savepoint and clears rollback-only).
     * Outside any transaction this is a transaction of its own.
     */
    @Override
    public synchronized <T> T nested(Supplier<T> work) {
        if (depth == 0) {
            return inTransaction(work);
        }
        List<Runnable> restore = new ArrayList<>();
        participants.forEach(participant -> restore.add(participant.snapshot()));
        boolean doomedBefore = rollbackOnly;
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            rollbackOnly = doomedBefore;
            rolledBackToSavepoint++;
            throw e;
        } finally {
            depth--;
        }
    }

    private void rollBack(List<Runnable> restore) {
        restore.forEach(Runnable::run);
        rolledBack++;
        rollbackOnly = false;
    }

    private <T> T joined(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollbackOnly = true;
            throw e;
        } finally {
            depth--;
        }
    }

    /** Whether work is running inside a transaction right now. */
    public synchronized boolean isActive() {
        return depth > 0;
    }

    /** Whether work is running inside a read-only transaction of its own right now. */
    public synchronized boolean isReadOnly() {
        return readOnly && depth > 0;
    }

    /** How many outermost transactions committed. */
    public synchronized int committed() {
        return committed;
    }

    /** How many outermost transactions rolled back. */
    public synchronized int rolledBack() {
        return rolledBack;
    }

    /** How many nested units inside a transaction failed and were undone alone. */
    public synchronized int rolledBackToSavepoint() {
        return rolledBackToSavepoint;
    }
}
