package io.kamdesk.application.shared.port.in.idempotency;

import java.util.Objects;

/** The answer of the request that claimed the key, kept for its repeats. */
public record CompleteKeyCommand(long userId, String key, StoredAnswer answer) {

    public CompleteKeyCommand {
        Objects.requireNonNull(key);
        Objects.requireNonNull(answer);
    }
}
