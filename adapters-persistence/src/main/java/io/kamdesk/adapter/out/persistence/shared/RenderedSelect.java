package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.exception.TooManyRowsException;

/**
 * A select rendered to SQL once and then run many times, for the reads nearly every request makes (a
 * record's detail, the caller's profile), which jOOQ would otherwise build and render anew on each
 * call. The values that change from call to call are named parameters ({@code DSL.param(name, type)}),
 * given on each run; every other value keeps what it was when the select was built. The rows are read
 * into jOOQ records of the select's own fields, as {@code fetch} would give them.
 */
public final class RenderedSelect {

    /** What a parameter may hold: the types bound here as jOOQ binds them, by the driver's own mapping. */
    private static final Set<Class<?>> BINDABLE = Set.of(Long.class, Integer.class, String.class, Boolean.class,
            BigDecimal.class, LocalDate.class);

    private final String sql;
    private final List<Slot> slots;
    private final Field<?>[] fields;

    private RenderedSelect(String sql, List<Slot> slots, Field<?>[] fields) {
        this.sql = sql;
        this.slots = slots;
        this.fields = fields;
    }

    /**
     * Renders {@code select} as {@code dsl} would. A named parameter must appear once (each place a value
     * is bound is its own parameter) and be of a type in {@link #BINDABLE}; a select that breaks either
     * rule is refused here, when it is built, not when it runs.
     */
    public static RenderedSelect of(DSLContext dsl, Select<?> select) {
        Map<String, Param<?>> params = dsl.extractParams(select);
        List<Object> bound = dsl.extractBindValues(select);
        List<Slot> slots = new ArrayList<>();
        for (Param<?> param : params.values()) {
            if (param.isInline()) {
                continue;
            }
            if (!BINDABLE.contains(param.getType())) {
                throw new IllegalArgumentException("a value of type " + param.getType() + " cannot be bound here");
            }
            slots.add(param.getParamName() == null ? Slot.fixed(param.getValue()) : Slot.named(param.getParamName()));
        }
        if (slots.size() != bound.size()) {
            throw new IllegalArgumentException("each named parameter must appear once in: " + dsl.render(select));
        }
        for (int index = 0; index < slots.size(); index++) {
            Slot slot = slots.get(index);
            if (slot.name() == null && !Objects.equals(slot.fixed(), bound.get(index))) {
                throw new IllegalStateException("the parameters are not in the order they are bound in: "
                        + dsl.render(select));
            }
        }
        return new RenderedSelect(dsl.render(select), List.copyOf(slots), select.getSelect().toArray(Field[]::new));
    }

    /** The one row the select finds with {@code values} for its named parameters, if any. */
    public Optional<Record> fetchOptional(DSLContext dsl, Map<String, ?> values) {
        Result<Record> rows = fetch(dsl, values);
        if (rows.size() > 1) {
            throw new TooManyRowsException("more than one row: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Every row the select finds with {@code values} for its named parameters. */
    public Result<Record> fetch(DSLContext dsl, Map<String, ?> values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int index = 0; index < slots.size(); index++) {
                    statement.setObject(index + 1, slots.get(index).value(values));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return dsl.fetch(rows, fields);
                }
            }
        });
    }

    /** A value bound in the statement: the one it was built with, or a named parameter's, given on each run. */
    private record Slot(String name, Object fixed) {

        static Slot fixed(Object value) {
            return new Slot(null, value);
        }

        static Slot named(String name) {
            return new Slot(name, null);
        }

        Object value(Map<String, ?> values) {
            if (name == null) {
                return fixed;
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter " + name);
            }
            return values.get(name);
        }
    }

    /**
     * A scoped select rendered once for each kind of viewer (one who sees every record, one who sees
     * their own), its scope {@link ScopeConditions}' as in every other query, and run with the
     * viewer's id bound to {@link ScopeConditions#VIEWER_PARAMETER}.
     */
    public static final class Scoped {

        private final RenderedSelect forEveryone;
        private final RenderedSelect forOwners;

        public Scoped(DSLContext dsl, Function<ScopeConditions.Scope, Select<?>> select) {
            this.forEveryone = of(dsl, select.apply(ScopeConditions.shapeFor(true)));
            this.forOwners = of(dsl, select.apply(ScopeConditions.shapeFor(false)));
        }

        /** The one row {@code viewer} sees with {@code values} for the select's other named parameters. */
        public Optional<Record> fetchOptional(DSLContext dsl, Viewer viewer, Map<String, ?> values) {
            Map<String, Object> all = new HashMap<>(values);
            all.put(ScopeConditions.VIEWER_PARAMETER, viewer.userId());
            return (viewer.seesAll() ? forEveryone : forOwners).fetchOptional(dsl, all);
        }
    }
}
