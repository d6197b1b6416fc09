package io.kamdesk.application.shared.port.in.idempotency;

import java.util.Objects;

/**
 * A request sent with an {@code Idempotency-Key}: whose key (user 0 for a request nobody signed,
 * such as a registration), the key, and the fingerprint of the request (method, path, query and
 * body), which tells a repeat from another request under the same key.
 */
public record ClaimKeyCommand(long userId, String key, String fingerprint) {

    public ClaimKeyCommand {
        Objects.requireNonNull(key);
        Objects.requireNonNull(fingerprint);
    }
}
