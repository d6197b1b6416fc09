package io.kamdesk.application.analytics.port.out;

import io.kamdesk.domain.identity.DataScope;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Dashboard figures kept while the data they were read from has not changed: a key names the
 * version of the data ({@link RevenueReadModel#dataVersion()}), the day the defaults resolve against,
 * the figure and the question, so a figure is reused only where reading it again would give the same.
 */
public interface FigureCache {

    <T> T computeIfAbsent(FigureKey key, Supplier<T> figures);

    /** A figure asked by a viewer of a data scope, over a range, narrowed to a KAM or not. */
    record FigureKey(String dataVersion, LocalDate today, String figure, long userId, DataScope scope,
            Optional<LocalDate> from, Optional<LocalDate> to, Optional<Long> kam) {
    }
}
