package io.kamdesk.application.shared.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kamdesk.application.identity.testing.InMemoryLoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private final InMemoryLoginFailures store = new InMemoryLoginFailures();
    private final InMemoryTransactions transactions = new InMemoryTransactions(store);

    @Test
    void inTransaction_workSucceeds_keepsItsChangesAndAnswersItsResult() {
        // given: an empty store

        String result = transactions.inTransaction(() -> {
            store.record("a", "x", NOW);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.all()).hasSize(1);
        assertThat(transactions.committed()).isOne();
        assertThat(transactions.isActive()).isFalse();
    }

    @Test
    void inTransactionUndoing_aResultToUndo_isAnsweredWhileItsChangesAreRolledBack() {
        store.record("before", "x", NOW);

        String result = transactions.inTransactionUndoing(() -> {
            store.record("during", "x", NOW);
            return "refused";
        }, "refused"::equals);

        assertThat(result).isEqualTo("refused");
        assertThat(store.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("before");
        assertThat(transactions.rolledBack()).isOne();
        assertThat(transactions.committed()).isZero();
    }

    @Test
    void inTransactionUndoing_aResultToKeep_isCommitted() {
        String result = transactions.inTransactionUndoing(() -> {
            store.record("during", "x", NOW);
            return "done";
        }, "refused"::equals);

        assertThat(result).isEqualTo("done");
        assertThat(store.all()).hasSize(1);
        assertThat(transactions.committed()).isOne();
    }

    @Test
    void inTransaction_workThrows_putsTheStoresBackAndRethrows() {
        store.record("before", "x", NOW);

        assertThatThrownBy(() -> transactions.run(() -> {
            store.record("during", "x", NOW);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(store.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("before");
        assertThat(transactions.rolledBack()).isOne();
        assertThat(transactions.committed()).isZero();
    }

    @Test
    void inTransaction_innerFailureCaughtByTheOuterWork_stillRollsTheWholeTransactionBack() {
        // given: outer work that swallows the failure of an inner transaction

        // when / then
        assertThatThrownBy(() -> transactions.run(() -> {
            store.record("outer", "x", NOW);
            try {
                transactions.run(() -> {
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // ignored on purpose
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("rolled back");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void readOnly_isKnownAsSuchWhileItRuns_andCommitsLikeAnyTransaction() {
        List<Boolean> readOnly = new ArrayList<>();

        String result = transactions.readOnly(() -> {
            readOnly.add(transactions.isReadOnly());
            return "read";
        });
        transactions.run(() -> readOnly.add(transactions.isReadOnly()));

        assertThat(result).isEqualTo("read");
        assertThat(readOnly).containsExactly(true, false);
        assertThat(transactions.committed()).isEqualTo(2);
    }

    @Test
    void isActive_insideTheWork_isTrue() {
        // given: no transaction yet

        boolean inside = transactions.inTransaction(transactions::isActive);

        assertThat(inside).isTrue();
        assertThat(transactions.isActive()).isFalse();
    }

    @Test
    void nested_workThrowsInsideATransaction_undoesOnlyItsOwnChangesAndTheOuterCommits() {
        // given: a transaction that has already written something

        transactions.run(() -> {
            store.record("outer", "x", NOW);
            try {
                transactions.nested(() -> {
                    store.record("inner", "x", NOW);
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // the outer work goes on
            }
            store.record("after", "x", NOW);
        });

        assertThat(store.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("outer", "after");
        assertThat(transactions.committed()).isOne();
        assertThat(transactions.rolledBack()).isZero();
        assertThat(transactions.rolledBackToSavepoint()).isOne();
    }

    @Test
    void nested_workThrows_rethrowsTheSameFailure() {
        IllegalStateException failure = new IllegalStateException("row");

        Throwable thrown = transactions.inTransaction(() -> catchThrowable(
                () -> transactions.nested(() -> {
                    throw failure;
                })));

        assertThat(thrown).isSameAs(failure);
    }

    @Test
    void nested_joinedTransactionInsideFailsAndTheSavepointIsUndone_leavesTheOuterTransactionAlive() {
        // given: a use case's own transaction (joined) fails inside the savepoint, as a refused row does

        transactions.run(() -> {
            store.record("outer", "x", NOW);
            try {
                transactions.nested(() -> transactions.inTransaction(() -> {
                    store.record("refused", "x", NOW);
                    throw new IllegalArgumentException("refused");
                }));
            } catch (IllegalArgumentException expected) {
                // the row is reported, the batch goes on
            }
        });

        assertThat(store.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("outer");
        assertThat(transactions.committed()).isOne();
    }

    @Test
    void nested_workSucceeds_keepsItsChangesWithTheOuterTransaction() {
        // given: an empty store

        String result = transactions.inTransaction(() -> transactions.nested(() -> {
            store.record("inner", "x", NOW);
            return "done";
        }));

        assertThat(result).isEqualTo("done");
        assertThat(store.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("inner");
        assertThat(transactions.committed()).isOne();
        assertThat(transactions.rolledBackToSavepoint()).isZero();
    }

    @Test
    void nested_succeedsButTheOuterTransactionFailsLater_undoesTheNestedChangesToo() {
        // given: a savepoint that succeeded inside a transaction that then fails

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.nested(() -> {
                store.record("inner", "x", NOW);
                return null;
            });
            throw new IllegalStateException("outer");
        })).hasMessage("outer");

        assertThat(store.all()).isEmpty();
        assertThat(transactions.rolledBack()).isOne();
    }

    @Test
    void nested_failsAfterAnEarlierJoinedFailureWasSwallowed_keepsTheOuterTransactionDoomed() {
        // given: the outer transaction is already marked for rollback before the savepoint

        assertThatThrownBy(() -> transactions.run(() -> {
            try {
                transactions.run(() -> {
                    throw new IllegalStateException("earlier");
                });
            } catch (IllegalStateException expected) {
                // ignored on purpose
            }
            try {
                transactions.nested(() -> {
                    throw new IllegalArgumentException("row");
                });
            } catch (IllegalArgumentException expected) {
                // ignored on purpose
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("rolled back");

        assertThat(transactions.committed()).isZero();
    }

    @Test
    void nested_outsideAnyTransaction_runsAsATransactionOfItsOwn() {
        // given: no transaction running

        assertThatThrownBy(() -> transactions.nested(() -> {
            store.record("alone", "x", NOW);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        boolean active = transactions.nested(transactions::isActive);

        assertThat(store.all()).isEmpty();
        assertThat(transactions.rolledBack()).isOne();
        assertThat(active).isTrue();
        assertThat(transactions.committed()).isOne();
        assertThat(transactions.isActive()).isFalse();
    }
}
