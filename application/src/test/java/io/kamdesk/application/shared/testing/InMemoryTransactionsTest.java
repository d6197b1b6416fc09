package io.kamdesk.application.shared.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.testing.InMemoryLoginFailures;
import java.time.Instant;
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
    void isActive_insideTheWork_isTrue() {
        // given: no transaction yet

        boolean inside = transactions.inTransaction(transactions::isActive);

        assertThat(inside).isTrue();
        assertThat(transactions.isActive()).isFalse();
    }
}
