package io.kamdesk.application.shared.port.in.idempotency;

import java.util.Objects;

/** The claiming request failed on the service's side (5xx): the key is freed so that a retry runs. */
public record ReleaseKeyCommand(long userId, String key) {

    public ReleaseKeyCommand {
        Objects.requireNonNull(key);
    }
}
