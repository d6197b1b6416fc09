package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps every audit entry so that tests can check what operators would find in the logs. */
public final class RecordingSecurityAuditLog implements SecurityAuditLog {

    /** One line of the audit log. */
    public sealed interface Entry {
    }

    public record RefreshTokenReused(long userId, UUID sessionId) implements Entry {
    }

    public record LoginSucceeded(long userId, String clientAddress) implements Entry {
    }

    public record LoginFailed(String accountKey, String clientAddress) implements Entry {
    }

    public record LoginThrottled(String accountKey, String clientAddress) implements Entry {
    }

    public record SessionsRevoked(long userId, int count, String reason) implements Entry {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void refreshTokenReused(long userId, UUID sessionId) {
        entries.add(new RefreshTokenReused(userId, sessionId));
    }

    @Override
    public synchronized void loginSucceeded(long userId, String clientAddress) {
        entries.add(new LoginSucceeded(userId, clientAddress));
    }

    @Override
    public synchronized void loginFailed(String accountKey, String clientAddress) {
        entries.add(new LoginFailed(accountKey, clientAddress));
    }

    @Override
    public synchronized void loginThrottled(String accountKey, String clientAddress) {
        entries.add(new LoginThrottled(accountKey, clientAddress));
    }

    @Override
    public synchronized void sessionsRevoked(long userId, int count, String reason) {
        entries.add(new SessionsRevoked(userId, count, reason));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
