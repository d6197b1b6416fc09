package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.user.ChangeOwnPasswordUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.SessionsRevoked;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeOwnPasswordServiceTest {

    private static final String OLD = "Correct-Horse-9";
    private static final String NEW = "Blue-Lantern-42";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final ChangeOwnPasswordUseCase service = new ChangeOwnPasswordService(fakes.users(), fakes.hasher(),
            revoker, fakes.transactions(), fakes.clock());

    private final User jane = fakes.givenUser("jane@example.com", OLD, fakes.givenRole(4, "sales_person",
            DataScope.OWN, "customers:read"));
    private final UUID current = fakes.givenSessionOf(jane);

    private String storedHash() {
        return fakes.users().findById(jane.id()).orElseThrow().passwordHash();
    }

    private InvalidInputException invalid(String oldPassword, String newPassword) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword(fakes.viewerOf(jane), current, oldPassword, newPassword));
    }

    @Test
    void changeOwnPassword_correctOldPassword_storesTheNewOne() {
        // given: jane's password is OLD

        service.changeOwnPassword(fakes.viewerOf(jane), current, OLD, NEW);

        assertThat(fakes.hasher().matches(NEW, storedHash())).isTrue();
        assertThat(fakes.hasher().matches(OLD, storedHash())).isFalse();
    }

    @Test
    void changeOwnPassword_withOtherSessions_keepsTheCurrentOneAndRevokesTheOthers() {
        UUID phone = fakes.givenSessionOf(jane);
        UUID laptop = fakes.givenSessionOf(jane);
        User john = fakes.givenUser("john@example.com", OLD);
        UUID johns = fakes.givenSessionOf(john);

        service.changeOwnPassword(fakes.viewerOf(jane), current, OLD, NEW);

        assertThat(fakes.sessions().find(current).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.sessions().find(phone).orElseThrow().revokedReason()).contains("password changed");
        assertThat(fakes.sessions().find(laptop).orElseThrow().revokedAt()).isPresent();
        assertThat(fakes.sessions().find(johns).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::sessionId)
                .containsExactlyInAnyOrder(tuple(Kind.SESSION_REVOKED, phone), tuple(Kind.SESSION_REVOKED, laptop));
        assertThat(fakes.audit().entries()).containsExactly(new SessionsRevoked(jane.id(), 2, "password changed"));
        assertThat(state.resolve(new ResolveViewerQuery(jane.id(), current))).isPresent();
        assertThat(state.resolve(new ResolveViewerQuery(jane.id(), phone))).isEmpty();
    }

    @Test
    void changeOwnPassword_wrongOldPassword_isAFieldErrorOnOldPasswordAndChangesNothing() {
        UUID phone = fakes.givenSessionOf(jane);

        InvalidInputException error = invalid("Wrong-Horse-9", NEW);

        assertThat(error.fieldErrors()).containsOnlyKeys("oldPassword");
        assertThat(error.reasons("oldPassword")).containsExactly(Reason.PASSWORD_INCORRECT);
        assertThat(storedHash()).isEqualTo(jane.passwordHash());
        assertThat(fakes.sessions().find(phone).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void changeOwnPassword_missingOldPassword_isRequired() {
        // given: jane's password is OLD

        InvalidInputException error = invalid("", NEW);

        assertThat(error.fieldErrors().get("oldPassword")).containsExactly(Violation.of(Reason.REQUIRED));
    }

    @Test
    void changeOwnPassword_tooShortNewPassword_isAFieldErrorNamingTheRule() {
        // given: jane's password is OLD

        InvalidInputException error = invalid(OLD, "Ab1-x");

        assertThat(error.fieldErrors()).containsOnlyKeys("newPassword");
        assertThat(error.fieldErrors().get("newPassword"))
                .containsExactly(Violation.of(Reason.PASSWORD_TOO_SHORT, 8));
        assertThat(storedHash()).isEqualTo(jane.passwordHash());
    }

    @Test
    void changeOwnPassword_newPasswordContainingTheUsername_isAFieldErrorNamingTheRule() {
        // given: jane's username is "jane"

        InvalidInputException error = invalid(OLD, "Jane-Lantern-42");

        assertThat(error.fieldErrors().get("newPassword")).containsExactly(Violation.of(Reason.PASSWORD_LIKE_USERNAME));
    }

    @Test
    void changeOwnPassword_commonNewPassword_isAFieldErrorNamingTheRule() {
        // given: jane's password is OLD

        InvalidInputException error = invalid(OLD, "Sunshine");

        assertThat(error.fieldErrors().get("newPassword")).containsExactly(Violation.of(Reason.PASSWORD_COMMON));
    }

    @Test
    void changeOwnPassword_sameAsTheOldOne_isRefused() {
        UUID phone = fakes.givenSessionOf(jane);

        InvalidInputException error = invalid(OLD, OLD);

        assertThat(error.fieldErrors().get("newPassword")).containsExactly(Violation.of(Reason.PASSWORD_UNCHANGED));
        assertThat(fakes.sessions().find(phone).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void changeOwnPassword_wrongOldAndWeakNew_reportsBothFields() {
        // given: jane's password is OLD

        InvalidInputException error = invalid("nope", "12345678");

        assertThat(error.fieldErrors()).containsOnlyKeys("oldPassword", "newPassword");
    }
}
