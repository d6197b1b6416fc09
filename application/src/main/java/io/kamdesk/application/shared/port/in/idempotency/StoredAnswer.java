package io.kamdesk.application.shared.port.in.idempotency;

import java.util.Objects;

/** The answer the first request got, as it is replayed: status, content type, location and body. */
public record StoredAnswer(int status, String contentType, String location, byte[] body) {

    public StoredAnswer {
        Objects.requireNonNull(body);
    }
}
