package io.kamdesk.adapter.out.persistence.embedded;

/** The embedded PostgreSQL cannot be started; the message says why and what to do. */
public class EmbeddedPostgresUnavailableException extends RuntimeException {

    public EmbeddedPostgresUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
