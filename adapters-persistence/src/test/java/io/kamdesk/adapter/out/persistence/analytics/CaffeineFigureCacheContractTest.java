package io.kamdesk.adapter.out.persistence.analytics;

import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.application.contract.FigureCacheContract;

/** The Caffeine cache keeps the contract the application tests' fake keeps. */
class CaffeineFigureCacheContractTest extends FigureCacheContract {

    private final CaffeineFigureCache cache = new CaffeineFigureCache();

    @Override
    protected FigureCache cache() {
        return cache;
    }
}
