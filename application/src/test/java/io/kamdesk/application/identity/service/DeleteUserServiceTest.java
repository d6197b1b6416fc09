package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.user.DeleteUserUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.SessionsRevoked;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteUserServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final DeleteUserUseCase service = new DeleteUserService(fakes.users(), fakes.roles(), fakes.permissions(),
            revoker, fakes.transactions());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final User kam = fakes.givenUser("kam@example.com", STRONG, seeded.salesPerson());

    private boolean exists(User user) {
        return fakes.users().findById(user.id()).isPresent();
    }

    @Test
    void deleteUser_salesPerson_removesTheUser() {
        // given: ada is an admin

        service.deleteUser(fakes.viewerOf(ada), kam.id());

        assertThat(exists(kam)).isFalse();
        assertThat(exists(ada)).isTrue();
    }

    @Test
    void deleteUser_userWithSessions_revokesThemAndTellsEveryInstance() {
        UUID first = fakes.givenSessionOf(kam);
        UUID second = fakes.givenSessionOf(kam);
        UUID adas = fakes.givenSessionOf(ada);
        ResolveViewerQuery kamsClaims = new ResolveViewerQuery(kam.id(), first);
        boolean resolvedBefore = state.resolve(kamsClaims).isPresent();

        service.deleteUser(fakes.viewerOf(ada), kam.id());

        assertThat(resolvedBefore).isTrue();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::userId, SecurityEvent::sessionId)
                .containsExactlyInAnyOrder(tuple(Kind.SESSION_REVOKED, kam.id(), first),
                        tuple(Kind.SESSION_REVOKED, kam.id(), second), tuple(Kind.USER_CHANGED, kam.id(), null));
        assertThat(fakes.audit().entries()).containsExactly(new SessionsRevoked(kam.id(), 2, "user deleted"));
        assertThat(state.resolve(kamsClaims)).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(kam.id(), second))).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(ada.id(), adas))).isPresent();
    }

    @Test
    void deleteUser_self_isRefusedAndKeepsTheAccount() {
        UUID session = fakes.givenSessionOf(ada);

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteUser(fakes.viewerOf(ada), ada.id()));

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ACCOUNT_DELETED);
        assertThat(exists(ada)).isTrue();
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void deleteUser_adminDeletesASuperAdmin_isRefused() {
        // given: ada is an admin, boss a super_admin

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteUser(fakes.viewerOf(ada), boss.id()));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(exists(boss)).isTrue();
    }

    @Test
    void deleteUser_theLastActiveSuperAdmin_isAConflictAndKeepsTheAccount() {
        User root = fakes.givenUser("root@example.com", STRONG, seeded.superAdmin());
        UUID session = fakes.givenSessionOf(root);
        Viewer actor = fakes.viewerOf(boss);
        fakes.deactivate(boss);

        // when / then
        assertThatThrownBy(() -> service.deleteUser(actor, root.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_SUPER_ADMIN));
        assertThat(exists(root)).isTrue();
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void deleteUser_aSuperAdminWhileAnotherIsActive_isDeleted() {
        User root = fakes.givenUser("root@example.com", STRONG, seeded.superAdmin());

        service.deleteUser(fakes.viewerOf(boss), root.id());

        assertThat(exists(root)).isFalse();
    }

    @Test
    void deleteUser_anInactiveSuperAdminBesideTheLastActiveOne_isDeleted() {
        User retired = fakes.deactivate(fakes.givenUser("retired@example.com", STRONG, seeded.superAdmin()));

        service.deleteUser(fakes.viewerOf(boss), retired.id());

        assertThat(exists(retired)).isFalse();
        assertThat(fakes.users().countActiveWithRole(seeded.superAdmin().id())).isOne();
    }

    @Test
    void deleteUser_unknownUser_isNotFound() {
        // given: no user 999

        // when / then
        assertThatThrownBy(() -> service.deleteUser(fakes.viewerOf(ada), 999))
                .isInstanceOf(NotFoundException.class);
    }
}
