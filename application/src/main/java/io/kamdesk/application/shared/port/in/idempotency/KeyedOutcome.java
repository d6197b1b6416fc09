package io.kamdesk.application.shared.port.in.idempotency;

/** What became of a request sent under a key: it ran now, its first answer is replayed, or it is refused. */
public sealed interface KeyedOutcome {

    /** The request is the key's first (or the key had expired): it ran, and this is its answer. */
    record Ran(StoredAnswer answer) implements KeyedOutcome {
    }

    /** The same request ran before under this key: its answer. */
    record Replay(StoredAnswer answer) implements KeyedOutcome {
    }

    /** Another request (another method, path or body) ran under this key. */
    record KeyReused() implements KeyedOutcome {
    }

    /** The first request under this key is still running (here or on another instance). */
    record StillRunning() implements KeyedOutcome {
    }
}
