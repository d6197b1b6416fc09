package io.kamdesk.application.shared.port.in.idempotency;

/**
 * Requests that are safe to retry: the first request under a user's key runs and its answer is
 * kept (for every instance, for the retention); a repeat with the same request gets that answer
 * again without running; the same key with another request is refused; a repeat while the first
 * still runs waits for it a few seconds, then is told so. Never does one key run twice.
 */
public interface IdempotentRequestsUseCase {

    Claim claim(ClaimKeyCommand command);

    void complete(CompleteKeyCommand command);

    void release(ReleaseKeyCommand command);

    /** Removes keys older than the retention; answers how many went. */
    int purgeExpiredKeys();
}
