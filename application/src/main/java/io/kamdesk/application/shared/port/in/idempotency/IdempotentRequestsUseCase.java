package io.kamdesk.application.shared.port.in.idempotency;

/**
 * Requests that are safe to retry: the first request under a user's key runs and its answer is
 * kept (for every instance, for the retention); a repeat with the same request gets that answer
 * again without running; the same key with another request is refused; a repeat while the first
 * still runs waits for it a few seconds, then is told so. Never does one key run twice: the key, the
 * request's writes and its answer are committed together.
 */
public interface IdempotentRequestsUseCase {

    /**
     * Runs {@code request} under the key unless the key says otherwise. An answer of 400 or more
     * keeps nothing the request wrote; one below 500 is kept for repeats all the same.
     */
    KeyedOutcome answer(ClaimKeyCommand command, KeyedRequest request);

    /** Removes keys older than the retention; answers how many went. */
    int purgeExpiredKeys();
}
