package io.kamdesk.domain.shared;

/**
 * A business rule said no. Each subtype maps to one HTTP status at the REST edge; {@link #code()}
 * is the stable machine-readable code clients see, the message the sentence a person reads.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
