package io.kamdesk.application.shared.port.in.idempotency;

import java.util.Objects;

/** The answer the first request got, as it is replayed: status, content type, location and body. */
public record StoredAnswer(int status, String contentType, String location, byte[] body) {

    public StoredAnswer {
        Objects.requireNonNull(body);
    }

    /** A client's mistake or a refusal: the request may not keep what it wrote. */
    public boolean refused() {
        return status >= 400;
    }

    /** The service failed: nothing of the request is kept, not even its answer. */
    public boolean failed() {
        return status >= 500;
    }
}
