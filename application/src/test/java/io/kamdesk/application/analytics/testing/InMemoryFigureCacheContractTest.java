package io.kamdesk.application.analytics.testing;

import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.application.contract.FigureCacheContract;

/** The fake keeps the contract its Caffeine twin keeps. */
class InMemoryFigureCacheContractTest extends FigureCacheContract {

    private final InMemoryFigureCache cache = new InMemoryFigureCache();

    @Override
    protected FigureCache cache() {
        return cache;
    }
}
