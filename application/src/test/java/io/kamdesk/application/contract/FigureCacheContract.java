package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.analytics.port.out.FigureCache.FigureKey;
import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.domain.identity.DataScope;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link FigureCache} does: a figure is read once per key, and anew under any other key. */
public abstract class FigureCacheContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    protected abstract FigureCache cache();

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aFigure_isReadOncePerKey() {
        FigureKey key = key("snapshot 1", 7, Optional.empty());

        assertThat(cache().computeIfAbsent(key, this::read)).isEqualTo(1);
        assertThat(cache().computeIfAbsent(key("snapshot 1", 7, Optional.empty()), this::read)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherVersionViewerOrRange_isReadAnew() {
        cache().computeIfAbsent(key("snapshot 1", 7, Optional.empty()), this::read);

        assertThat(cache().computeIfAbsent(key("snapshot 2", 7, Optional.empty()), this::read)).isEqualTo(2);
        assertThat(cache().computeIfAbsent(key("snapshot 1", 8, Optional.empty()), this::read)).isEqualTo(3);
        assertThat(cache().computeIfAbsent(key("snapshot 1", 7, Optional.of(TODAY)), this::read)).isEqualTo(4);
    }

    private int read() {
        return reads.incrementAndGet();
    }

    private static FigureKey key(String version, long userId, Optional<LocalDate> from) {
        return new FigureKey(version, TODAY, "kpis", userId, DataScope.OWN, from, Optional.empty(), Optional.empty());
    }
}
