package io.kamdesk.application.analytics.service;

import io.kamdesk.application.analytics.port.in.CompactRevenueRollupUseCase;
import io.kamdesk.application.analytics.port.out.RevenueRollup;

/**
 * Compacts in batches until no full batch is left, so a large import's changes are folded in a few
 * short transactions rather than one long one.
 */
public final class CompactRevenueRollupService implements CompactRevenueRollupUseCase {

    static final int BATCH = 50_000;

    private final RevenueRollup rollup;

    public CompactRevenueRollupService(RevenueRollup rollup) {
        this.rollup = rollup;
    }

    @Override
    public long compact() {
        long folded = 0;
        int batch;
        do {
            batch = rollup.compact(BATCH);
            folded += batch;
        } while (batch == BATCH);
        return folded;
    }
}
