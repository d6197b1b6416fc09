package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The data scope as SQL. Every query over scoped records (prospects, customers, bills and whatever is
 * derived from them: lists, details, exports, imports, dashboards) must add {@link #visibleTo} to its
 * where clause, so that applying the scope is one call and a record out of scope is simply not found.
 */
public final class ScopeConditions {

    private ScopeConditions() {
    }

    /**
     * Everything for a viewer whose scope is {@code all}; otherwise only rows whose
     * {@code ownerColumn} is the viewer (a row without an owner is then out of scope). The owner
     * column is the record's own (a prospect's sales person, a customer's KAM) or a joined one (a
     * bill's customer's KAM).
     */
    public static Condition visibleTo(Viewer viewer, Field<Long> ownerColumn) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(ownerColumn, "ownerColumn");
        return viewer.seesAll() ? DSL.noCondition() : ownerColumn.eq(viewer.userId());
    }

    /**
     * {@link #visibleTo} for rows whose scope is their owner record's (a bill's, its customer's): the
     * rows whose {@code foreignKey} names an owner record the viewer sees, without joining the owners.
     * Nothing to check for a viewer whose scope is {@code all}.
     */
    public static Condition visibleThrough(Viewer viewer, Field<Long> foreignKey, Table<?> owners,
            Field<Long> ownerId, Field<Long> ownerColumn) {
        Condition visible = visibleTo(viewer, ownerColumn);
        return viewer.seesAll() ? visible : foreignKey.in(DSL.select(ownerId).from(owners).where(visible));
    }

    /**
     * {@link #visibleTo} as a column, for the few reads that must find a record whoever's it is and
     * say whether the viewer may touch it: true or false, never null.
     */
    public static Field<Boolean> visibilityTo(Viewer viewer, Field<Long> ownerColumn) {
        Condition visible = visibleTo(viewer, ownerColumn);
        return DSL.when(visible, DSL.inline(true)).otherwise(DSL.inline(false));
    }
}
