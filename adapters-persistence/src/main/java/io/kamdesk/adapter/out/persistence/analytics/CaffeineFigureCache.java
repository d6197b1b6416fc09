package io.kamdesk.adapter.out.persistence.analytics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kamdesk.application.analytics.port.out.FigureCache;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Dashboard figures in a Caffeine cache of this instance (decision 0045). A key holds the data's
 * version, so an entry is never wrong, only unused once something is committed; the size bound and
 * the expiry keep those unused entries from piling up.
 */
@Component
public class CaffeineFigureCache implements FigureCache {

    private static final int MAX_FIGURES = 10_000;
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final Cache<FigureKey, Object> figures = Caffeine.newBuilder()
            .maximumSize(MAX_FIGURES)
            .expireAfterWrite(KEPT_FOR)
            .build();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(FigureKey key, Supplier<T> read) {
        return (T) figures.get(key, missing -> read.get());
    }
}
