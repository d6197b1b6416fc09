package io.kamdesk.adapter.out.persistence.shared;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * A column of rows selected with a fixed list of fields, read by its position. Reading a record by
 * field looks the field up among the row's fields on every call; a million-row export reads some
 * thirty values a row, and a position found once costs nothing per row.
 *
 * @param <T> the column's Java type
 */
public record SelectedColumn<T>(int position, Class<T> type) {

    /** The column of {@code field} in rows selected with {@code fields}; the field must be among them. */
    public static <T> SelectedColumn<T> of(List<? extends SelectField<?>> fields, Field<T> field) {
        int position = fields.indexOf(field);
        if (position < 0) {
            throw new IllegalArgumentException(field + " is not selected");
        }
        return new SelectedColumn<>(position, field.getType());
    }

    public T of(Record row) {
        return type.cast(row.get(position));
    }
}
