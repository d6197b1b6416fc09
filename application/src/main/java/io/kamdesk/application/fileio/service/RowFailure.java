package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.RowProblem;
import java.util.List;

/** A row cannot be written: its problems, and the row's own changes are undone. */
final class RowFailure extends RuntimeException {

    private final transient List<RowProblem> problems;

    RowFailure(List<RowProblem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
