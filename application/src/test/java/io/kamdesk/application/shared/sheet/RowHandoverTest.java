package io.kamdesk.application.shared.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowHandoverTest {

    private final List<Integer> written = new CopyOnWriteArrayList<>();

    @Test
    void everyItemHanded_isWrittenInOrder_byTheTimeFinishReturns() {
        try (RowHandover<Integer> rows = new RowHandover<>(written::add)) {
            IntStream.range(0, 10_000).forEach(rows::hand);
            rows.finish();
        }

        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
    }

    @Test
    void aFailedWrite_stopsTheReading_withItsFailure() {
        UncheckedIOException clientGone = new UncheckedIOException(new IOException("Broken pipe"));

        assertThatThrownBy(() -> {
            try (RowHandover<Integer> rows = new RowHandover<>(item -> {
                if (item == 300) {
                    throw clientGone;
                }
                written.add(item);
            })) {
                IntStream.range(0, 1_000_000).forEach(rows::hand);
                rows.finish();
            }
        }).isSameAs(clientGone);

        assertThat(written).hasSize(300);
    }

    @Test
    void aFailedRead_stopsTheWriting_atItsNextItem_beforeCloseReturns() {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        IllegalStateException queryFailed = new IllegalStateException("the query failed");

        assertThatThrownBy(() -> {
            try (RowHandover<Integer> rows = new RowHandover<>(item -> {
                written.add(item);
                firstWriting.countDown();
                awaitInterruptibly(never);
            })) {
                IntStream.range(0, 600).forEach(rows::hand);
                assertThat(firstWriting.await(10, TimeUnit.SECONDS)).isTrue();
                throw queryFailed;
            }
        }).isSameAs(queryFailed);

        assertThat(written).containsExactly(0);
    }

    /** A write that takes until the writing thread is interrupted. */
    private static void awaitInterruptibly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void nothingHanded_writesNothing() {
        try (RowHandover<Integer> rows = new RowHandover<>(written::add)) {
            rows.finish();
        }

        assertThat(written).isEmpty();
    }
}
