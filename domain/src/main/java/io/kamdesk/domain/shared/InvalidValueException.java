package io.kamdesk.domain.shared;

/** One value broke its rule; the message is the sentence shown next to the field. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String message) {
        super("invalid", message);
    }
}
