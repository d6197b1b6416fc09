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

    /** The named parameter that stands for the viewer's id in a statement rendered once ({@link #shapeFor}). */
    public static final String VIEWER_PARAMETER = "viewer";

    private ScopeConditions() {
    }

    /**
     * Everything for a viewer whose scope is {@code all}; otherwise only rows whose
     * {@code ownerColumn} is the viewer (a row without an owner is then out of scope). The owner
     * column is the record's own (a prospect's sales person, a customer's KAM) or a joined one (a
     * bill's customer's KAM).
     */
    public static Condition visibleTo(Viewer viewer, Field<Long> ownerColumn) {
        return of(viewer).visible(ownerColumn);
    }

    /**
     * {@link #visibleTo} for rows whose scope is their owner record's (a bill's, its customer's): the
     * rows whose {@code foreignKey} names an owner record the viewer sees, without joining the owners.
     * Nothing to check for a viewer whose scope is {@code all}.
     */
    public static Condition visibleThrough(Viewer viewer, Field<Long> foreignKey, Table<?> owners,
            Field<Long> ownerId, Field<Long> ownerColumn) {
        return of(viewer).visibleThrough(foreignKey, owners, ownerId, ownerColumn);
    }

    /**
     * {@link #visibleTo} as a column, for the few reads that must find a record whoever's it is and
     * say whether the viewer may touch it: true or false, never null.
     */
    public static Field<Boolean> visibilityTo(Viewer viewer, Field<Long> ownerColumn) {
        Condition visible = visibleTo(viewer, ownerColumn);
        return DSL.when(visible, DSL.inline(true)).otherwise(DSL.inline(false));
    }

    /** The scope of one viewer, their id a value of the statement. */
    static Scope of(Viewer viewer) {
        Objects.requireNonNull(viewer, "viewer");
        return new Scope(viewer.seesAll(), DSL.val(viewer.userId()));
    }

    /**
     * The scope of every viewer who sees all records, or of every viewer who sees their own, for a
     * statement rendered once and run for each of them: the viewer's id is the parameter
     * {@link #VIEWER_PARAMETER}.
     */
    static Scope shapeFor(boolean seesAll) {
        return new Scope(seesAll, DSL.param(VIEWER_PARAMETER, Long.class));
    }

    /**
     * Which rows a viewer sees: all of them, or those whose owner is {@code viewerId}. Made only here
     * ({@link #of}, {@link #shapeFor}), so that every scope in SQL is one this class wrote.
     */
    public static final class Scope {

        private final boolean seesAll;
        private final Field<Long> viewerId;

        private Scope(boolean seesAll, Field<Long> viewerId) {
            this.seesAll = seesAll;
            this.viewerId = viewerId;
        }

        /** As {@link ScopeConditions#visibleTo}. */
        public Condition visible(Field<Long> ownerColumn) {
            Objects.requireNonNull(ownerColumn, "ownerColumn");
            return seesAll ? DSL.noCondition() : ownerColumn.eq(viewerId);
        }

        /** As {@link ScopeConditions#visibleThrough}. */
        public Condition visibleThrough(Field<Long> foreignKey, Table<?> owners, Field<Long> ownerId,
                Field<Long> ownerColumn) {
            Condition visible = visible(ownerColumn);
            return seesAll ? visible : foreignKey.in(DSL.select(ownerId).from(owners).where(visible));
        }
    }
}
