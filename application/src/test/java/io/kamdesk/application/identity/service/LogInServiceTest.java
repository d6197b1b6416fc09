package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.session.LogInCommand;
import io.kamdesk.application.identity.port.in.session.LogInUseCase;
import io.kamdesk.application.identity.port.in.session.LoginResult;
import io.kamdesk.application.identity.port.in.session.UserSummary;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.InMemoryLoginFailures.Failure;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.LoginFailed;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.LoginThrottled;
import io.kamdesk.domain.identity.AuthenticationFailedException;
import io.kamdesk.domain.identity.LoginThrottlePolicy;
import io.kamdesk.domain.identity.LoginThrottledException;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogInServiceTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final String ADDRESS = "203.0.113.7";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SessionSettings settings = SessionSettings.standard();
    private LogInUseCase logIn = serviceWith(LoginThrottlePolicy.standard());

    private LogInUseCase serviceWith(LoginThrottlePolicy policy) {
        return new LogInService(fakes.users(), fakes.sessions(), fakes.loginFailures(), fakes.hasher(), fakes.audit(),
                fakes.transactions(), policy, settings, fakes.clock());
    }

    private static LogInCommand login(String email, String password) {
        return new LogInCommand(email, password, ADDRESS, "Firefox/125");
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn.logIn(login(email, "wrong-password")))
                    .isExactlyInstanceOf(AuthenticationFailedException.class);
            fakes.clock().advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void logIn_correctCredentials_opensASessionAndAnswersTheUser() {
        User jane = fakes.givenUser("jane@example.com", PASSWORD);
        Instant now = fakes.clock().instant();

        LoginResult result = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(result.user()).isEqualTo(new UserSummary(jane.id(), "jane@example.com", "jane"));
        Session session = fakes.sessions().find(result.grant().sessionId()).orElseThrow();
        assertThat(session.userId()).isEqualTo(jane.id());
        assertThat(session.refreshTokenId()).isEqualTo(result.grant().refreshTokenId());
        assertThat(session.clientAddress()).isEqualTo(ADDRESS);
        assertThat(session.userAgent()).isEqualTo("Firefox/125");
        assertThat(session.isActive(now)).isTrue();
        assertThat(result.grant().userId()).isEqualTo(jane.id());
        assertThat(result.grant().issuedAt()).isEqualTo(now);
        assertThat(result.grant().accessExpiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(result.grant().refreshExpiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(fakes.transactions().committed()).isEqualTo(1);
    }

    @Test
    void logIn_twice_opensTwoIndependentSessions() {
        fakes.givenUser("jane@example.com", PASSWORD);

        LoginResult first = logIn.logIn(login("jane@example.com", PASSWORD));
        LoginResult second = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(first.grant().sessionId()).isNotEqualTo(second.grant().sessionId());
        assertThat(first.grant().refreshTokenId()).isNotEqualTo(second.grant().refreshTokenId());
        assertThat(fakes.sessions().all()).hasSize(2);
    }

    @Test
    void logIn_emailInAnotherCaseWithSpaces_findsTheAccount() {
        User jane = fakes.givenUser("jane@example.com", PASSWORD);

        LoginResult result = logIn.logIn(login("  Jane@EXAMPLE.com ", PASSWORD));

        assertThat(result.user().id()).isEqualTo(jane.id());
    }

    @Test
    void logIn_afterEarlierFailures_clearsTheAccountsFailures() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 3);
        fakes.loginFailures().record("someone@example.com", ADDRESS, fakes.clock().instant());

        logIn.logIn(login("JANE@example.com", PASSWORD));

        assertThat(fakes.loginFailures().countOf("jane@example.com")).isZero();
        assertThat(fakes.loginFailures().countOf("someone@example.com")).isOne();
    }

    @Test
    void logIn_wrongPassword_failsWithNoActiveAccountAndRecordsTheFailure() {
        fakes.givenUser("jane@example.com", PASSWORD);
        Instant now = fakes.clock().instant();

        AuthenticationFailedException thrown = catchThrowableOfType(AuthenticationFailedException.class,
                () -> logIn.logIn(login("Jane@example.com", "not-the-password")));

        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(fakes.loginFailures().all()).containsExactly(new Failure("jane@example.com", ADDRESS, now));
        assertThat(fakes.sessions().all()).isEmpty();
    }

    @Test
    void logIn_unknownEmail_failsExactlyLikeAWrongPasswordAfterComparingAHash() {
        fakes.givenUser("jane@example.com", PASSWORD);
        int comparisonsBefore = fakes.hasher().comparisons();

        AuthenticationFailedException thrown = catchThrowableOfType(AuthenticationFailedException.class,
                () -> logIn.logIn(login("nobody@example.com", PASSWORD)));

        assertThat(thrown).isExactlyInstanceOf(AuthenticationFailedException.class);
        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(fakes.hasher().comparisons()).isEqualTo(comparisonsBefore + 1);
        assertThat(fakes.loginFailures().countOf("nobody@example.com")).isOne();
    }

    @Test
    void logIn_inactiveUserWithTheRightPassword_failsTheSameWayAndOpensNothing() {
        fakes.deactivate(fakes.givenUser("jane@example.com", PASSWORD));

        AuthenticationFailedException thrown = catchThrowableOfType(AuthenticationFailedException.class,
                () -> logIn.logIn(login("jane@example.com", PASSWORD)));

        assertThat(thrown).isExactlyInstanceOf(AuthenticationFailedException.class);
        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(fakes.sessions().all()).isEmpty();
        assertThat(fakes.loginFailures().countOf("jane@example.com")).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "", "jane@", " @example.com"})
    void logIn_malformedEmail_failsLikeAnUnknownOneAndRecordsTheFailure(String email) {
        // given: no account can have this e-mail

        AuthenticationFailedException thrown = catchThrowableOfType(AuthenticationFailedException.class,
                () -> logIn.logIn(login(email, PASSWORD)));

        assertThat(thrown).isExactlyInstanceOf(AuthenticationFailedException.class);
        assertThat(thrown.refusal()).isEqualTo(Refusal.NO_ACTIVE_ACCOUNT);
        assertThat(fakes.loginFailures().all()).hasSize(1);
    }

    @Test
    void logIn_afterFiveFailures_isThrottledUntilTheOldestAgesOut() {
        fakes.givenUser("jane@example.com", PASSWORD);
        Instant firstFailure = fakes.clock().instant();
        failTimes("jane@example.com", 5);

        LoginThrottledException thrown = catchThrowableOfType(LoginThrottledException.class,
                () -> logIn.logIn(login("jane@example.com", "wrong-password")));

        Instant now = fakes.clock().instant();
        assertThat(thrown.refusal()).isEqualTo(Refusal.LOGIN_THROTTLED);
        assertThat(thrown.retryAfter()).isEqualTo(Duration.between(now, firstFailure.plus(Duration.ofMinutes(15))));
        assertThat(thrown.retryAfterSeconds()).isEqualTo(600);
        assertThat(fakes.audit().entries()).endsWith(new LoginThrottled("jane@example.com", ADDRESS))
                .filteredOn(LoginFailed.class::isInstance).hasSize(5);
        assertThat(fakes.loginFailures().countOf("jane@example.com")).as("a refused attempt is no failure")
                .isEqualTo(5);
    }

    @Test
    void logIn_throttledAccountWithTheRightPassword_isStillRefused() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 5);

        // when / then
        assertThatThrownBy(() -> logIn.logIn(login("jane@example.com", PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(fakes.sessions().all()).isEmpty();
    }

    @Test
    void logIn_throttledAccountInAnotherCase_isStillRefused() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 5);

        // when / then
        assertThatThrownBy(() -> logIn.logIn(login(" JANE@Example.com", PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void logIn_onceTheRetryAfterHasPassed_succeedsAgain() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 5);
        LoginThrottledException thrown = catchThrowableOfType(LoginThrottledException.class,
                () -> logIn.logIn(login("jane@example.com", PASSWORD)));
        fakes.clock().advance(thrown.retryAfter());

        LoginResult result = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(result.grant()).isNotNull();
    }

    @Test
    void logIn_fourFailures_isNotThrottledYet() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 4);

        LoginResult result = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(result.user().email()).isEqualTo("jane@example.com");
    }

    @Test
    void logIn_failuresOfAnotherAccount_doNotThrottleThisOne() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("john@example.com", 5);

        LoginResult result = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(result.user().email()).isEqualTo("jane@example.com");
    }

    @Test
    void logIn_tooManyFailuresFromOneAddress_throttlesEveryAccountFromThatAddressOnly() {
        logIn = serviceWith(new LoginThrottlePolicy(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(10)));
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("a@example.com", 1);
        failTimes("b@example.com", 1);
        failTimes("c@example.com", 1);

        LoginThrottledException thrown = catchThrowableOfType(LoginThrottledException.class,
                () -> logIn.logIn(login("jane@example.com", PASSWORD)));
        LoginResult fromElsewhere = logIn.logIn(new LogInCommand("jane@example.com", PASSWORD, "198.51.100.1", ""));

        assertThat(thrown.retryAfter()).isEqualTo(Duration.ofMinutes(7));
        assertThat(fromElsewhere.user().email()).isEqualTo("jane@example.com");
    }

    @Test
    void logIn_failuresOlderThanTheWindow_doNotCount() {
        fakes.givenUser("jane@example.com", PASSWORD);
        failTimes("jane@example.com", 5);
        fakes.clock().advance(Duration.ofMinutes(15));

        LoginResult result = logIn.logIn(login("jane@example.com", PASSWORD));

        assertThat(result.user().email()).isEqualTo("jane@example.com");
    }
}
