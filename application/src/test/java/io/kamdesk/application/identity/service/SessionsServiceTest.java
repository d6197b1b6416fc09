package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionsServiceTest {

    private final IdentityFakes fakes = new IdentityFakes();
    private final SessionSettings settings = SessionSettings.standard();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), settings);
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final SessionsService service = new SessionsService(fakes.sessions(), revoker, fakes.clock());

    private final User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");
    private final User john = fakes.givenUser("john@example.com", "Battery-Staple-7");

    private UUID openSessionOf(User user, String userAgent) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), fakes.clock().instant(),
                settings.refreshTokenLifetime(), "203.0.113.7", userAgent);
        fakes.sessions().insert(session);
        fakes.clock().advance(Duration.ofMinutes(1));
        return session.id();
    }

    @Test
    void revokeSession_ownSession_revokesItAndPublishes() {
        UUID sessionId = openSessionOf(jane, "Firefox");

        service.revokeSession(fakes.viewerOf(jane), sessionId);

        Session stored = fakes.sessions().find(sessionId).orElseThrow();
        assertThat(stored.revokedReason()).contains("revoked by its user");
        assertThat(stored.isActive(fakes.clock().instant())).isFalse();
        assertThat(fakes.events().all()).extracting(SecurityEvent::sessionId).containsExactly(sessionId);
    }

    @Test
    void revokeSession_anotherUsersSession_answersNotFoundAndChangesNothing() {
        UUID johnsSession = openSessionOf(john, "Firefox");

        // when / then
        assertThatThrownBy(() -> service.revokeSession(fakes.viewerOf(jane), johnsSession))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.SESSION));
        assertThat(fakes.sessions().find(johnsSession).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void revokeSession_unknownSession_answersNotFound() {
        // given: no such session

        // when / then
        assertThatThrownBy(() -> service.revokeSession(fakes.viewerOf(jane), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listSessions_ownSessions_newestFirstWithCurrentAndActiveMarked() {
        UUID oldest = openSessionOf(jane, "Firefox");
        UUID middle = openSessionOf(jane, "Safari");
        openSessionOf(john, "Chrome");
        UUID newest = openSessionOf(jane, "Edge");
        service.revokeSession(fakes.viewerOf(jane), oldest);
        Viewer viewer = fakes.viewerOf(jane);
        CollectingSink<SessionView> sink = new CollectingSink<>();

        service.listSessions(new ListSessionsQuery(viewer, middle, Optional.empty(), ListSpec.everything()), sink);

        assertThat(sink.total()).isEqualTo(3);
        assertThat(sink.items()).extracting(SessionView::id).containsExactly(newest, middle, oldest);
        assertThat(sink.items()).extracting(SessionView::current).containsExactly(false, true, false);
        assertThat(sink.items()).extracting(SessionView::active).containsExactly(true, true, false);
        assertThat(sink.items().get(2).revokedReason()).isEqualTo("revoked by its user");
    }

    @Test
    void listSessions_activeOnlyWithAPage_countsAllMatchesAndAnswersThePage() {
        for (int i = 0; i < 5; i++) {
            openSessionOf(jane, "Agent " + i);
        }
        UUID revoked = openSessionOf(jane, "Agent revoked");
        service.revokeSession(fakes.viewerOf(jane), revoked);
        var spec = new ListSpec<>(Optional.empty(), List.of(SortOrder.ascending(SessionSortField.CREATED_AT)),
                Optional.of(new PageRequest(2, 2)));
        CollectingSink<SessionView> sink = new CollectingSink<>();

        service.listSessions(new ListSessionsQuery(fakes.viewerOf(jane), null, Optional.of(true), spec), sink);

        assertThat(sink.total()).isEqualTo(5);
        assertThat(sink.items()).extracting(SessionView::userAgent).containsExactly("Agent 2", "Agent 3");
    }

    @Test
    void listSessions_expiredSessions_areListedAsInactive() {
        UUID expired = openSessionOf(jane, "Firefox");
        fakes.clock().advance(settings.refreshTokenLifetime());
        CollectingSink<SessionView> sink = new CollectingSink<>();

        service.listSessions(new ListSessionsQuery(fakes.viewerOf(jane), null, Optional.of(false),
                ListSpec.everything()), sink);

        assertThat(sink.items()).extracting(SessionView::id).containsExactly(expired);
        assertThat(sink.items().getFirst().active()).isFalse();
    }
}
