package io.kamdesk.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One login: a family of refresh tokens of which only the newest may be used. Presenting an older
 * one means a token was copied, so the whole family is revoked.
 */
public final class Session {

    private final UUID id;
    private final long userId;
    private final UUID refreshTokenId;
    private final Instant createdAt;
    private final Instant refreshedAt;
    private final Instant expiresAt;
    private final Instant revokedAt;
    private final String revokedReason;
    private final String clientAddress;
    private final String userAgent;

    private Session(UUID id, long userId, UUID refreshTokenId, Instant createdAt, Instant refreshedAt,
            Instant expiresAt, Instant revokedAt, String revokedReason, String clientAddress, String userAgent) {
        this.id = Objects.requireNonNull(id);
        this.userId = userId;
        this.refreshTokenId = Objects.requireNonNull(refreshTokenId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.refreshedAt = Objects.requireNonNull(refreshedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.revokedAt = revokedAt;
        this.revokedReason = revokedReason;
        this.clientAddress = Objects.requireNonNullElse(clientAddress, "");
        this.userAgent = Objects.requireNonNullElse(userAgent, "");
    }

    public static Session open(UUID id, long userId, UUID refreshTokenId, Instant now, Duration refreshLifetime,
            String clientAddress, String userAgent) {
        return new Session(id, userId, refreshTokenId, now, now, now.plus(refreshLifetime), null, null,
                clientAddress, truncate(userAgent, 512));
    }

    public static Session restore(UUID id, long userId, UUID refreshTokenId, Instant createdAt, Instant refreshedAt,
            Instant expiresAt, Instant revokedAt, String revokedReason, String clientAddress, String userAgent) {
        return new Session(id, userId, refreshTokenId, createdAt, refreshedAt, expiresAt, revokedAt, revokedReason,
                clientAddress, userAgent);
    }

    /**
     * Exchanges the newest refresh token for a new one. The session's lifetime slides with each
     * rotation; a rotated token can never be used again.
     *
     * @throws RefreshTokenReusedException when an older token of this session is presented
     * @throws SessionEndedException when the session is revoked or expired
     */
    public Session rotate(UUID presentedTokenId, UUID newTokenId, Instant now, Duration refreshLifetime) {
        requireUsable(now);
        if (!refreshTokenId.equals(presentedTokenId)) {
            throw new RefreshTokenReusedException(id, userId);
        }
        return new Session(id, userId, newTokenId, createdAt, now, now.plus(refreshLifetime), null, null,
                clientAddress, userAgent);
    }

    public Session revoke(Instant now, String reason) {
        if (revokedAt != null) {
            return this;
        }
        return new Session(id, userId, refreshTokenId, createdAt, refreshedAt, expiresAt, now, reason, clientAddress,
                userAgent);
    }

    public void requireUsable(Instant now) {
        if (revokedAt != null || !now.isBefore(expiresAt)) {
            throw new SessionEndedException();
        }
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public UUID refreshTokenId() {
        return refreshTokenId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant refreshedAt() {
        return refreshedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedReason() {
        return Optional.ofNullable(revokedReason);
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
