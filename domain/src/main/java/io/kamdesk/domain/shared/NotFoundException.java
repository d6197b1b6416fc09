package io.kamdesk.domain.shared;

/** The thing asked for does not exist, or is outside the caller's data scope: both look the same. */
public class NotFoundException extends DomainException {

    private final Subject subject;

    /** No {@code subject} with the id asked for. */
    public NotFoundException(Subject subject) {
        super(Refusal.NOT_FOUND, subject);
        this.subject = subject;
    }

    /** No {@code subject} named {@code name}. */
    public NotFoundException(Subject subject, String name) {
        super(Refusal.NOT_FOUND, subject, name);
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
