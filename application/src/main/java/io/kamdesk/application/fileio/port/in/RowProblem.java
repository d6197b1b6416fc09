package io.kamdesk.application.fileio.port.in;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Violation;
import java.util.Objects;

/**
 * Why one row of an import was not written: the spreadsheet row number, the column's title as the
 * file has it and the cell's value, and either the rule a field broke ({@code field}, {@code violation})
 * or the refusal of the whole row ({@code refusal}). Adapters put it in words.
 */
public record RowProblem(int row, String column, String value, String field, Violation violation,
        DomainException refusal) {

    public RowProblem {
        if ((violation == null) == (refusal == null)) {
            throw new IllegalArgumentException("a row problem is either a field's violation or a refusal");
        }
        column = Objects.requireNonNullElse(column, "");
        value = Objects.requireNonNullElse(value, "");
        field = Objects.requireNonNullElse(field, "");
    }

    /** The cell under {@code column}, read for {@code field}, broke a rule. */
    public static RowProblem of(int row, String column, String value, String field, Violation violation) {
        return new RowProblem(row, column, value, field, Objects.requireNonNull(violation), null);
    }

    /** The row as a whole was refused. */
    public static RowProblem refused(int row, DomainException refusal) {
        return new RowProblem(row, "", "", "", null, Objects.requireNonNull(refusal));
    }
}
