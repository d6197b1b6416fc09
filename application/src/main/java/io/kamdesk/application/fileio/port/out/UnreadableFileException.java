package io.kamdesk.application.fileio.port.out;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Refusal;
import java.util.Arrays;
import java.util.List;

/** The uploaded file cannot be read as a spreadsheet; {@link #problem()} says why. */
public class UnreadableFileException extends DomainException {

    private final FileProblem problem;
    private final transient List<Object> details;

    public UnreadableFileException(FileProblem problem, Object... details) {
        super(Refusal.UNREADABLE_FILE, problem, Arrays.asList(details));
        this.problem = problem;
        this.details = List.of(details);
    }

    public FileProblem problem() {
        return problem;
    }

    /** The arguments {@link #problem()} names, in order. */
    public List<Object> details() {
        return details;
    }
}
