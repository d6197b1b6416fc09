package io.kamdesk.domain.shared;

/** The request is valid but clashes with the current state (a duplicate, a record still in use). */
public class ConflictException extends DomainException {

    public ConflictException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }
}
