package io.kamdesk.domain.shared;

/** The thing asked for does not exist, or is outside the caller's data scope: both look the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("not_found", message);
    }
}
