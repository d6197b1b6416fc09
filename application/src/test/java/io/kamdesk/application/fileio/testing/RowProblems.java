package io.kamdesk.application.fileio.testing;

import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.fileio.port.in.RowProblem;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;

/** What the import tests read off a row problem: where it is, and the rule the cell broke. */
public final class RowProblems {

    /** Row, column title, cell value and the violation. */
    public static final Function<RowProblem, Tuple> CELL_AND_VIOLATION =
            problem -> tuple(problem.row(), problem.column(), problem.value(), problem.violation());
    /** Row, column title and the violation. */
    public static final Function<RowProblem, Tuple> ROW_COLUMN_VIOLATION =
            problem -> tuple(problem.row(), problem.column(), problem.violation());

    private RowProblems() {
    }
}
