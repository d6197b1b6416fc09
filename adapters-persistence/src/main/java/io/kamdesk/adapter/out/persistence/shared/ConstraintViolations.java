package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.domain.shared.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a violated constraint into the answer the service would have given had it seen the clash
 * first. Services check for duplicates and references before writing, but a concurrent request can
 * slip in between the check and the write; the database's constraint then decides, and the client
 * must still get a 400 or 409 naming the problem, never a 500.
 */
public final class ConstraintViolations {

    /** SQLSTATE class 23: integrity constraint violations (unique, foreign key, check, not null). */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private ConstraintViolations() {
    }

    /**
     * Runs the write; when it violates one of the named constraints (a unique index counts, by its
     * index name), throws that constraint's answer instead. Other failures pass unchanged.
     */
    public static <T> T translated(Supplier<T> write, Map<String, Supplier<? extends DomainException>> answers) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            Optional<Supplier<? extends DomainException>> answer = violatedConstraint(failure).map(answers::get);
            if (answer.isPresent()) {
                // an expected outcome, not a fault: the SQL error (which quotes the clashing values) stays out
                throw answer.get().get();
            }
            throw failure;
        }
    }

    /** The name of the constraint the failure reports as violated, wherever it sits in the causes. */
    static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getSQLState() != null
                    && psql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                ServerErrorMessage detail = psql.getServerErrorMessage();
                return Optional.ofNullable(detail == null ? null : detail.getConstraint());
            }
        }
        return Optional.empty();
    }
}
