package io.kamdesk.application.shared.port.in.idempotency;

/** The request a key guards, run at most once: it answers with what its client is to get. */
@FunctionalInterface
public interface KeyedRequest {

    StoredAnswer run();
}
