package io.kamdesk.adapter.out.persistence.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Many new rows of one table in one {@code COPY ... FROM STDIN}: PostgreSQL's own bulk load, several
 * times faster than a multi-row {@code INSERT} of the same rows (measured in docs/benchmarks.md).
 * It runs on the transaction's connection, so it commits or rolls back with everything else, and
 * fires the same constraints as an insert. Each row is the column map a repository writes for a
 * single insert, so the mapping of a record to its columns stays in one place.
 */
public final class BulkInsert {

    /** Characters of CSV sent to the server at a time. */
    private static final int CHUNK = 64 * 1024;

    private BulkInsert() {
    }

    /**
     * Every item's column map must have the same columns in the same order. Rows are formatted and
     * sent in chunks, so PostgreSQL works through one chunk while the next is formatted.
     */
    public static <T> void copy(DSLContext dsl, Table<?> table, List<T> items,
            Function<T, Map<Field<?>, Object>> columnsOf) {
        if (items.isEmpty()) {
            return;
        }
        Map<Field<?>, Object> first = columnsOf.apply(items.getFirst());
        List<Field<?>> columns = List.copyOf(first.keySet());
        String sql = "copy " + dsl.render(table) + " (" + columns.stream()
                .map(column -> dsl.render(DSL.name(column.getName()))).collect(Collectors.joining(", "))
                + ") from stdin (format csv)";
        dsl.connection(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                CsvText text = new CsvText(columns);
                for (T item : items) {
                    text.row(item == items.getFirst() ? first : columnsOf.apply(item));
                    if (text.length() >= CHUNK) {
                        text.sendTo(copy);
                    }
                }
                text.sendTo(copy);
                copy.endCopy();
            } catch (SQLException failure) {
                throw new DataAccessException("bulk insert into " + table.getName() + " failed", failure);
            } finally {
                cancelIfOpen(copy);
            }
        });
    }

    /** A copy left open by a failure is ended, so the transaction can roll back; the failure stays the one thrown. */
    private static void cancelIfOpen(CopyIn copy) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException alreadyFailing) {
                // the copy is over either way; the first failure is the one that matters
            }
        }
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one is text (an empty string). */
    private static final class CsvText {

        private final List<Field<?>> columns;
        private final StringBuilder data = new StringBuilder(CHUNK + 4096);
        /** The rows of one batch share their timestamps: formatted once. */
        private Instant lastInstant;
        private String lastInstantText;

        CsvText(List<Field<?>> columns) {
            this.columns = columns;
        }

        int length() {
            return data.length();
        }

        void sendTo(CopyIn copy) throws SQLException {
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            data.setLength(0);
        }

        /** The row's values in its map's order, which must be the columns' (checked as it goes). */
        void row(Map<Field<?>, Object> row) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("rows of one copy must have the same columns");
            }
            int i = 0;
            for (Map.Entry<Field<?>, Object> column : row.entrySet()) {
                Field<?> expected = columns.get(i);
                if (column.getKey() != expected && !column.getKey().equals(expected)) {
                    throw new IllegalArgumentException("rows of one copy must have their columns in the same order");
                }
                if (i++ > 0) {
                    data.append(',');
                }
                value(column.getValue());
            }
            data.append('\n');
        }

        private void value(Object value) {
            switch (value) {
                case null -> {
                }
                case String text -> quoted(text);
                case BigDecimal number -> data.append(number.toPlainString());
                case Long number -> data.append(number.longValue());
                case Integer number -> data.append(number.intValue());
                case Boolean flag -> data.append(flag ? 't' : 'f');
                case LocalDate date -> data.append(date);
                case Instant instant -> data.append(format(instant));
                default -> throw new IllegalArgumentException("no COPY text for " + value.getClass().getName());
            }
        }

        private void quoted(String text) {
            data.append('"');
            if (text.indexOf('"') < 0) {
                data.append(text);
            } else {
                data.append(text.replace("\"", "\"\""));
            }
            data.append('"');
        }

        private String format(Instant instant) {
            if (!instant.equals(lastInstant)) {
                lastInstant = instant;
                lastInstantText = instant.toString();
            }
            return lastInstantText;
        }
    }
}
