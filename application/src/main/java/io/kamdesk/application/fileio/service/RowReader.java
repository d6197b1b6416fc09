package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.shared.Decimals;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row into typed values, collecting a problem per unreadable cell, and turns
 * the use cases' refusals into problems that name the file's own columns.
 */
final class RowReader {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** 1,250.50 — commas only as thousands separators; a decimal comma stays an error, never a silent 100×. */
    private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

    private final TabularRow row;
    private final ColumnMap columns;
    private final Map<String, String> fieldKeys;
    private final List<RowProblem> problems = new ArrayList<>();

    /**
     * {@code fieldKeys} names the sheet's column for a use case's field where the two differ (the
     * bill sheet's {@code customer_name} for the customer's {@code name}, ...).
     */
    RowReader(TabularRow row, ColumnMap columns, Map<String, String> fieldKeys) {
        this.row = row;
        this.columns = columns;
        this.fieldKeys = fieldKeys;
    }

    Optional<String> text(String key) {
        return columns.value(row, key);
    }

    /** Present only when the file has the column and the cell is not blank: blanks never clear data. */
    Patch<String> patchText(String key) {
        return text(key).map(Patch::of).orElse(Patch.absent());
    }

    Patch<BigDecimal> decimal(String key) {
        Optional<String> cell = text(key);
        if (cell.isEmpty()) {
            return Patch.absent();
        }
        try {
            String text = cell.get();
            return Patch.of(Decimals.parse(GROUPED.matcher(text).matches() ? text.replace(",", "") : text));
        } catch (DomainException e) {
            problem(key, Reason.NOT_A_NUMBER);
            return Patch.absent();
        }
    }

    /** {@code YYYY-MM-DD} (also what real date cells become) or {@code DD/MM/YYYY}. */
    Patch<LocalDate> date(String key) {
        Optional<String> cell = text(key);
        if (cell.isEmpty()) {
            return Patch.absent();
        }
        String value = cell.get();
        try {
            return Patch.of(value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problem(key, Reason.INVALID_DATE);
            return Patch.absent();
        }
    }

    void problem(String key, Reason reason, Object... arguments) {
        problems.add(RowProblem.of(row.number(), columns.title(key), text(key).orElse(""), key,
                Violation.of(reason, arguments)));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Ends the row when a cell could not be read. */
    void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new RowFailure(problems);
        }
    }

    /** A use case's refusal as the row's problems; field names become the file's column titles. */
    RowFailure failure(DomainException refusal) {
        List<RowProblem> found = new ArrayList<>(problems);
        if (refusal instanceof InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, violations) -> {
                String key = columnOf(field);
                violations.forEach(violation -> found.add(RowProblem.of(row.number(), columns.title(key),
                        text(key).orElse(""), field, violation)));
            });
        } else {
            found.add(RowProblem.refused(row.number(), refusal));
        }
        return new RowFailure(found);
    }

    int number() {
        return row.number();
    }

    /** The sheet's column for a use case's field; problems of the whole record belong to no column. */
    private String columnOf(String field) {
        if (field.equals(InvalidInputException.WHOLE_INPUT)) {
            return "";
        }
        String key = snakeCase(field);
        return fieldKeys.getOrDefault(key, key);
    }

    static String snakeCase(String javaName) {
        StringBuilder name = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
