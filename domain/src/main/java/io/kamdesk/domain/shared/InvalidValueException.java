package io.kamdesk.domain.shared;

import java.util.List;

/** One value broke one or more of its rules; {@link FieldErrors#capture} files them under the field. */
public class InvalidValueException extends DomainException {

    private final List<Violation> violations;

    public InvalidValueException(Reason reason, Object... arguments) {
        this(List.of(Violation.of(reason, arguments)));
    }

    public InvalidValueException(List<Violation> violations) {
        super(Refusal.INVALID_VALUE, violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refused value breaks at least one rule");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first rule broken, for callers that name one. */
    public Violation violation() {
        return violations.getFirst();
    }
}
