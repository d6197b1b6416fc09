package io.kamdesk.application.analytics.port.in;

/** Folds the revenue rollup's recorded changes into its consolidated figures; run periodically. */
public interface CompactRevenueRollupUseCase {

    /** Answers the number of changes folded. */
    long compact();
}
