package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.RowProblem;
import java.util.List;

/** What became of one row: written (with what it did), or not written at all for its problems. */
record RowResult(RowOutcome outcome, List<RowProblem> problems) {

    RowResult {
        problems = List.copyOf(problems);
    }

    static RowResult written(RowOutcome outcome) {
        return new RowResult(outcome, List.of());
    }

    static RowResult failed(List<RowProblem> problems) {
        return new RowResult(RowOutcome.UNCHANGED, problems);
    }
}
