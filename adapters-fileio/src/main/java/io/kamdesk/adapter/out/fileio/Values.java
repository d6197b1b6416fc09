package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The values a sink receives, checked against their column's type. */
final class Values {

    private Values() {
    }

    static void checkRow(List<Object> values, List<Column> columns) {
        if (values == null || values.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " values, got "
                    + (values == null ? "none" : values.size()));
        }
    }

    static BigDecimal decimal(Object value, Column column) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
            default -> throw mismatch(value, column);
        };
    }

    /** Money with two decimals at least; more decimals are kept, never rounded away silently. */
    static BigDecimal money(Object value, Column column) {
        BigDecimal d = decimal(value, column);
        return d.scale() < 2 ? d.setScale(2) : d;
    }

    static BigDecimal quantity(Object value, Column column) {
        BigDecimal d = decimal(value, column).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static long integer(Object value, Column column) {
        return switch (value) {
            case Long l -> l;
            case Integer i -> i;
            case Short s -> s;
            case BigInteger i -> i.longValueExact();
            case BigDecimal d -> d.longValueExact();
            default -> throw mismatch(value, column);
        };
    }

    static LocalDate date(Object value, Column column) {
        return switch (value) {
            case LocalDate d -> d;
            case LocalDateTime t -> t.toLocalDate();
            default -> throw mismatch(value, column);
        };
    }

    /** The text of a TEXT cell, neutralised against formula injection. */
    static String text(Object value) {
        return Cells.neutralise(String.valueOf(value));
    }

    private static IllegalArgumentException mismatch(Object value, Column column) {
        return new IllegalArgumentException("Column \"" + column.title() + "\" (" + column.type()
                + ") cannot hold a " + value.getClass().getSimpleName());
    }
}
