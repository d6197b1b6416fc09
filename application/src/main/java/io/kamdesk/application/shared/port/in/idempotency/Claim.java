package io.kamdesk.application.shared.port.in.idempotency;

/** What a key says about a request: run it, replay the first answer, or refuse it. */
public sealed interface Claim {

    /** The request is the key's first (or the key's first run failed or expired): run it, then complete the key. */
    record Claimed() implements Claim {
    }

    /** The same request ran before under this key: its answer. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** Another request (another method, path or body) ran under this key. */
    record KeyReused() implements Claim {
    }

    /** The first request under this key is still running (here or on another instance). */
    record StillRunning() implements Claim {
    }
}
