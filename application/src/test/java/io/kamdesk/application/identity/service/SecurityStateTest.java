package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityStateTest {

    private static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);

    private final IdentityFakes fakes = new IdentityFakes();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(),
            new SessionSettings(ACCESS_LIFETIME, Duration.ofDays(7)));

    private final Role reader = fakes.givenRole(10, "reader", DataScope.ALL, "bills:read");
    private final User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9", reader.id());
    private final User john = fakes.givenUser("john@example.com", "Battery-Staple-7", reader.id());
    private final ResolveViewerQuery janesClaims = new ResolveViewerQuery(jane.id(), fakes.givenSessionOf(jane));
    private final ResolveViewerQuery johnsClaims = new ResolveViewerQuery(john.id(), fakes.givenSessionOf(john));

    /** An event published by another instance, seen here only through the shared log. */
    private void publishedElsewhere(SecurityEvent event) {
        fakes.events().publish(event);
    }

    @Test
    void resolve_activeUser_answersTheirViewer() {
        // given: an active user with a role

        Optional<Viewer> viewer = state.resolve(janesClaims);

        assertThat(viewer).hasValueSatisfying(v -> {
            assertThat(v.userId()).isEqualTo(jane.id());
            assertThat(v.username()).isEqualTo("jane");
            assertThat(v.roleName()).isEqualTo("reader");
            assertThat(v.permissions()).containsExactly(PermissionCode.of("bills:read"));
            assertThat(v.scope()).isEqualTo(DataScope.ALL);
        });
    }

    @Test
    void resolve_sameUserAgain_answersFromMemory() {
        state.resolve(janesClaims);

        Optional<Viewer> again = state.resolve(new ResolveViewerQuery(jane.id(), fakes.givenSessionOf(jane)));

        assertThat(again).isPresent();
        assertThat(fakes.viewers().lookups()).isEqualTo(1);
    }

    @Test
    void resolve_sessionOfAnotherUser_isEmpty() {
        // given: a token naming jane but john's session (forged: such a token could never be revoked)

        Optional<Viewer> viewer = state.resolve(new ResolveViewerQuery(jane.id(), johnsClaims.sessionId()));

        assertThat(viewer).isEmpty();
    }

    @Test
    void resolve_sessionThatDoesNotExist_isEmpty() {
        // given: a session id no login ever created

        Optional<Viewer> viewer = state.resolve(new ResolveViewerQuery(jane.id(), UUID.randomUUID()));

        assertThat(viewer).isEmpty();
    }

    @Test
    void resolve_sameSessionAgain_looksItsOwnerUpOnce() {
        state.resolve(janesClaims);
        fakes.sessions().deleteAllOf(jane.id());

        Optional<Viewer> again = state.resolve(janesClaims);

        assertThat(again).as("the owner was remembered, not looked up again").isPresent();
    }

    @Test
    void resolve_inactiveUser_isEmpty() {
        fakes.deactivate(jane);

        Optional<Viewer> viewer = state.resolve(janesClaims);

        assertThat(viewer).isEmpty();
    }

    @Test
    void resolve_unknownUser_isEmpty() {
        // given: claims of a user that does not exist

        Optional<Viewer> viewer = state.resolve(new ResolveViewerQuery(999, janesClaims.sessionId()));

        assertThat(viewer).isEmpty();
    }

    @Test
    void resolve_sessionRevokedElsewhere_isEmptyOnceSynchronizeSeesIt() {
        state.resolve(janesClaims);
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));
        Optional<Viewer> beforeSync = state.resolve(janesClaims);

        state.synchronize();

        assertThat(beforeSync).as("not yet known here").isPresent();
        assertThat(state.resolve(janesClaims)).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(jane.id(), fakes.givenSessionOf(jane))))
                .as("another session of the same user").isPresent();
    }

    @Test
    void synchronize_revocationPublishedAfterAnEarlierPoll_isPickedUpByTheNextPoll() {
        state.synchronize();
        fakes.clock().advance(Duration.ofSeconds(5));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));
        state.synchronize();
        fakes.clock().advance(Duration.ofSeconds(5));
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void synchronize_userChanged_evictsTheCachedViewer() {
        state.resolve(janesClaims);
        fakes.deactivate(jane);
        Optional<Viewer> stale = state.resolve(janesClaims);
        publishedElsewhere(SecurityEvent.userChanged(jane.id()));

        state.synchronize();

        assertThat(stale).as("cached until told otherwise").isPresent();
        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void synchronize_userChanged_keepsOtherUsersCached() {
        state.resolve(janesClaims);
        state.resolve(johnsClaims);
        publishedElsewhere(SecurityEvent.userChanged(jane.id()));

        state.synchronize();
        state.resolve(janesClaims);
        state.resolve(johnsClaims);

        assertThat(fakes.viewers().lookups()).isEqualTo(3);
    }

    @Test
    void synchronize_rolesChanged_forgetsEveryCachedViewer() {
        state.resolve(janesClaims);
        state.resolve(johnsClaims);
        fakes.roles().save(Role.restore(reader.id(), "reader", "", DataScope.OWN, false, false,
                Set.of(PermissionCode.of("bills:read"), PermissionCode.of("bills:create"))));
        publishedElsewhere(SecurityEvent.rolesChanged());

        state.synchronize();

        assertThat(state.resolve(janesClaims).orElseThrow().scope()).isEqualTo(DataScope.OWN);
        assertThat(state.resolve(johnsClaims).orElseThrow().permissions()).hasSize(2);
        assertThat(fakes.viewers().lookups()).isEqualTo(4);
    }

    @Test
    void applyCommitted_revocationOfThisInstance_takesEffectWithoutWaitingForAPoll() {
        state.resolve(janesClaims);

        state.applyCommitted(List.of(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId())));

        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void applyCommitted_userChanged_evictsAtOnce() {
        state.resolve(janesClaims);
        fakes.assignRole(jane, null);

        state.applyCommitted(List.of(SecurityEvent.userChanged(jane.id())));

        assertThat(state.resolve(janesClaims).orElseThrow().roleName()).isNull();
    }

    @Test
    void synchronize_eventCommittedLateButWithinTheMargin_isStillApplied() {
        Instant start = fakes.clock().instant();
        fakes.clock().advance(Duration.ofSeconds(10));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));
        state.synchronize();
        fakes.clock().advance(Duration.ofSeconds(1));
        fakes.events().publishStampedAt(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()),
                start.plusSeconds(5));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void synchronize_firstPollAfterStart_ignoresRevocationsOlderThanAnyLiveAccessToken() {
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));
        fakes.clock().advance(ACCESS_LIFETIME.plus(SecurityState.COMMIT_MARGIN).plusSeconds(1));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isPresent();
    }

    @Test
    void synchronize_firstPollAfterStart_appliesRecentRevocations() {
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));
        fakes.clock().advance(ACCESS_LIFETIME);

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void synchronize_revocationOlderThanAccessLifetimePlusMargin_isForgotten() {
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));
        state.synchronize();
        fakes.clock().advance(ACCESS_LIFETIME.plus(SecurityState.COMMIT_MARGIN).plusSeconds(1));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isPresent();
    }

    @Test
    void synchronize_revocationYoungerThanAccessLifetimePlusMargin_isRemembered() {
        publishedElsewhere(SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId()));
        state.synchronize();
        fakes.clock().advance(ACCESS_LIFETIME.plus(SecurityState.COMMIT_MARGIN));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isEmpty();
    }

    @Test
    void synchronize_localRevocationSeenLaterInTheLog_isForgottenInTime() {
        SecurityEvent revocation = SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId());
        fakes.events().publish(revocation);
        state.applyCommitted(List.of(revocation));
        state.synchronize();
        fakes.clock().advance(ACCESS_LIFETIME.plus(SecurityState.COMMIT_MARGIN).plusSeconds(1));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isPresent();
    }

    @Test
    void synchronize_localRevocationAppliedAfterThePollSawIt_isStillForgottenInTime() {
        SecurityEvent revocation = SecurityEvent.sessionRevoked(jane.id(), janesClaims.sessionId());
        fakes.events().publish(revocation);
        state.synchronize();
        state.applyCommitted(List.of(revocation));
        fakes.clock().advance(ACCESS_LIFETIME.plus(SecurityState.COMMIT_MARGIN).plusSeconds(1));
        publishedElsewhere(SecurityEvent.userChanged(john.id()));

        state.synchronize();

        assertThat(state.resolve(janesClaims)).isPresent();
    }
}
