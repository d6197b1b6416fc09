package io.kamdesk.application.analytics.testing;

import io.kamdesk.application.analytics.port.out.FigureCache;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Figures kept in a map, keeping {@code FigureCacheContract} as the Caffeine cache does. */
public final class InMemoryFigureCache implements FigureCache {

    private final Map<FigureKey, Object> figures = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(FigureKey key, Supplier<T> read) {
        return (T) figures.computeIfAbsent(key, missing -> read.get());
    }
}
