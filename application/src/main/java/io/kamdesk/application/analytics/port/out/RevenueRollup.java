package io.kamdesk.application.analytics.port.out;

/**
 * The maintained rollup behind the read model's all-customer and all-time figures. Bill writes record
 * their changes by themselves (in the database); compacting folds recorded changes into the
 * consolidated figures. Figures read are exact before and after: compacting only makes reads cheaper.
 */
public interface RevenueRollup {

    /**
     * Folds at most {@code maxChanges} recorded changes into the consolidated figures, in one
     * transaction; answers how many were folded (0 when another instance is compacting).
     */
    int compact(int maxChanges);
}
