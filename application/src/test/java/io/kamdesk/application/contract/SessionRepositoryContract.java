package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} does: a session's owner and the locking read; revoking all
 * of a user's sessions but one; a user's list, active or ended, marking the current one; ended
 * sessions purged after their time.
 */
public abstract class SessionRepositoryContract extends IdentityContract {

    private static final Duration LIFETIME = Duration.ofDays(7);

    private SessionRepository sessions() {
        return store().sessions();
    }

    private Session open(User user, Instant at) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), at, LIFETIME, "127.0.0.1",
                "contract");
        sessions().insert(session);
        return session;
    }

    private static Viewer viewer(User user) {
        return new Viewer(user.id(), user.username().value(), "viewer", Set.of(), DataScope.OWN);
    }

    private List<SessionView> listed(User user, UUID current, Optional<Boolean> active) {
        CollectingSink<SessionView> sink = new CollectingSink<>();
        sessions().list(new ListSessionsQuery(viewer(user), current, active, ListSpec.<SessionSortField>everything()),
                store().now(), sink);
        return sink.items();
    }

    @Test
    void insertedSession_hasItsOwner_andIsReadForUpdate() {
        User ada = user("ada", null);
        Session session = open(ada, store().now());

        assertThat(sessions().findOwner(session.id())).contains(ada.id());
        assertThat(sessions().findOwner(UUID.randomUUID())).isEmpty();
        assertThat(sessions().findForUpdate(session.id())).map(Session::userId).contains(ada.id());
    }

    @Test
    void revokeAllOf_endsEverySessionButTheOneKept_andNamesThem() {
        User ada = user("ada", null);
        User bob = user("bob", null);
        Session kept = open(ada, store().now());
        Session other = open(ada, store().now());
        Session bobs = open(bob, store().now());

        List<UUID> revoked = sessions().revokeAllOf(ada.id(), kept.id(), store().now(), "password_changed");

        assertThat(revoked).containsExactly(other.id());
        assertThat(listed(ada, kept.id(), Optional.of(true))).extracting(SessionView::id).containsExactly(kept.id());
        assertThat(listed(bob, bobs.id(), Optional.of(true))).extracting(SessionView::id).containsExactly(bobs.id());
    }

    @Test
    void list_isTheUsersOwn_markingTheCurrent_andFiltersEndedOnes() {
        User ada = user("ada", null);
        Session current = open(ada, store().now());
        Session ended = open(ada, store().now());
        sessions().update(ended.revoke(store().now(), "logout"));

        List<SessionView> every = listed(ada, current.id(), Optional.empty());

        assertThat(every).extracting(SessionView::id).containsExactlyInAnyOrder(current.id(), ended.id());
        assertThat(every).filteredOn(SessionView::current).extracting(SessionView::id).containsExactly(current.id());
        assertThat(listed(ada, current.id(), Optional.of(false))).extracting(SessionView::id)
                .containsExactly(ended.id());
    }

    @Test
    void purgeEndedBefore_removesSessionsEndedBeforeThen_andKeepsTheRest() {
        User ada = user("ada", null);
        Instant longAgo = store().now().minus(Duration.ofDays(60));
        Session old = open(ada, longAgo);
        sessions().update(old.revoke(longAgo.plusSeconds(60), "logout"));
        Session live = open(ada, store().now());

        sessions().purgeEndedBefore(store().now().minus(Duration.ofDays(30)));

        assertThat(sessions().findOwner(old.id())).isEmpty();
        assertThat(sessions().findOwner(live.id())).contains(ada.id());
    }
}
