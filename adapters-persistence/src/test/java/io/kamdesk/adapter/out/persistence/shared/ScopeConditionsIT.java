package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The data scope as SQL, with the user's own id standing in for a record's owner column. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ScopeConditionsIT {

    @Autowired
    UserRepository users;
    @Autowired
    DSLContext dsl;

    @Test
    void visibleTo_scopeAll_addsNoCondition() {
        Viewer viewer = viewerWith(42, DataScope.ALL);

        assertThat(ScopeConditions.visibleTo(viewer, APP_USER.ID)).isEqualTo(DSL.noCondition());
    }

    @Test
    void visibleTo_scopeAll_seesEveryRow() {
        User me = newUser("scope-all");
        newUser("scope-all-other");

        int visible = dsl.fetchCount(APP_USER,
                ScopeConditions.visibleTo(viewerWith(me.id(), DataScope.ALL), APP_USER.ID));

        assertThat(visible).isEqualTo(dsl.fetchCount(APP_USER)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void visibleTo_scopeOwn_seesOnlyTheViewersRows() {
        User me = newUser("scope-own");
        newUser("scope-own-other");

        List<Long> visible = dsl.select(APP_USER.ID).from(APP_USER)
                .where(ScopeConditions.visibleTo(viewerWith(me.id(), DataScope.OWN), APP_USER.ID))
                .fetch(APP_USER.ID);

        assertThat(visible).containsExactly(me.id());
    }

    @Test
    void visibleThrough_scopeAll_addsNoCondition() {
        var owners = APP_USER.as("owner");

        assertThat(ScopeConditions.visibleThrough(viewerWith(42, DataScope.ALL), APP_USER.ID, owners, owners.ID,
                owners.ID)).isEqualTo(DSL.noCondition());
    }

    @Test
    void visibleThrough_scopeOwn_seesOnlyRowsOfTheViewersOwnerRecords() {
        User me = newUser("through-own");
        newUser("through-own-other");
        var owners = APP_USER.as("owner");

        List<Long> visible = dsl.select(APP_USER.ID).from(APP_USER)
                .where(ScopeConditions.visibleThrough(viewerWith(me.id(), DataScope.OWN), APP_USER.ID, owners,
                        owners.ID, owners.ID))
                .fetch(APP_USER.ID);

        assertThat(visible).containsExactly(me.id());
    }

    @Test
    void visibilityTo_scopeAll_isTrueOnEveryRow() {
        newUser("visibility-all");

        List<Boolean> visibility = dsl.select(ScopeConditions.visibilityTo(viewerWith(42, DataScope.ALL), APP_USER.ID))
                .from(APP_USER)
                .fetch(Record1::value1);

        assertThat(visibility).isNotEmpty().containsOnly(true);
    }

    @Test
    void visibilityTo_scopeOwn_isTrueOnlyOnTheViewersRows() {
        User me = newUser("visibility-own");
        User other = newUser("visibility-own-other");

        Map<Long, Boolean> visibility = dsl.select(APP_USER.ID,
                        ScopeConditions.visibilityTo(viewerWith(me.id(), DataScope.OWN), APP_USER.ID))
                .from(APP_USER)
                .where(APP_USER.ID.in(me.id(), other.id()))
                .fetchMap(Record2::value1, Record2::value2);

        assertThat(visibility).containsExactlyInAnyOrderEntriesOf(Map.of(me.id(), true, other.id(), false));
    }

    private User newUser(String name) {
        return users.insert(User.create(EmailAddress.of(name + "@example.com"), Username.of(name), "hash", "", "", null,
                Instant.now()));
    }

    private static Viewer viewerWith(long userId, DataScope scope) {
        return new Viewer(userId, "viewer-" + userId, null, Set.of(), scope);
    }
}
