package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.LogInCommand;
import io.kamdesk.application.identity.port.in.session.LogInUseCase;
import io.kamdesk.application.identity.port.in.session.LoginResult;
import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.application.identity.port.in.session.UserSummary;
import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AuthenticationFailedException;
import io.kamdesk.domain.identity.LoginThrottlePolicy;
import io.kamdesk.domain.identity.LoginThrottledException;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Checks credentials under throttling and opens a session. An unknown e-mail, a wrong password and
 * an inactive account take the same path (including a hash comparison) and give the same answer.
 */
public final class LogInService implements LogInUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final LoginFailures failures;
    private final PasswordHasher hasher;
    private final SecurityAuditLog audit;
    private final Transactions transactions;
    private final LoginThrottlePolicy throttle;
    private final SessionSettings settings;
    private final Clock clock;
    /**
     * Hashed in the background from construction on: an Argon2id hash held start-up up by a few
     * hundred milliseconds, and the first login that needs it waits for it instead.
     */
    private final CompletableFuture<String> decoyHash;

    public LogInService(UserRepository users, SessionRepository sessions, LoginFailures failures,
            PasswordHasher hasher, SecurityAuditLog audit, Transactions transactions, LoginThrottlePolicy throttle,
            SessionSettings settings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.failures = failures;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = CompletableFuture.supplyAsync(() -> hasher.hash(UUID.randomUUID().toString()));
    }

    @Override
    public LoginResult logIn(LogInCommand command) {
        Instant now = clock.instant();
        String accountKey = command.email().strip().toLowerCase(Locale.ROOT);
        refuseWhileThrottled(accountKey, command.clientAddress(), now);

        Optional<User> user = findUser(command.email());
        String hash = user.map(User::passwordHash).orElseGet(decoyHash::join);
        boolean passwordMatches = hasher.matches(command.password(), hash);
        if (user.isEmpty() || !user.get().isActive() || !passwordMatches) {
            failures.record(accountKey, command.clientAddress(), now);
            audit.loginFailed(accountKey, command.clientAddress());
            throw AuthenticationFailedException.invalidCredentials();
        }
        failures.clearAccount(accountKey);
        audit.loginSucceeded(user.get().id(), command.clientAddress());
        return new LoginResult(summaryOf(user.get()), openSession(user.get(), command, now));
    }

    private void refuseWhileThrottled(String accountKey, String clientAddress, Instant now) {
        var account = failures.countForAccount(accountKey, now.minus(throttle.accountWindow()),
                throttle.maxAccountFailures());
        var address = failures.countForAddress(clientAddress, now.minus(throttle.addressWindow()),
                throttle.maxAddressFailures());
        Optional<Duration> wait = throttle.retryAfter(account, address, now);
        if (wait.isPresent()) {
            audit.loginThrottled(accountKey, clientAddress);
            throw new LoginThrottledException(wait.get());
        }
    }

    private Optional<User> findUser(String email) {
        try {
            return users.findByEmail(EmailAddress.of(email));
        } catch (InvalidValueException notAnEmail) {
            return Optional.empty();
        }
    }

    private SessionGrant openSession(User user, LogInCommand command, Instant now) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), now,
                settings.refreshTokenLifetime(), command.clientAddress(), command.userAgent());
        transactions.run(() -> sessions.insert(session));
        return Grants.of(session, now, settings);
    }

    static UserSummary summaryOf(User user) {
        return new UserSummary(user.id(), user.email().value(), user.username().value());
    }
}
