package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Selects rendered once: what they find, with the values of each run, as jOOQ's own fetch would. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class RenderedSelectIT {

    @Autowired
    UserRepository users;
    @Autowired
    DSLContext dsl;

    @Test
    void aRun_findsWhatJooqsOwnFetchFinds_fieldByField() {
        User user = newUser("rendered-same");
        Supplier<SelectJoinStep<Record>> select = () -> dsl.select(APP_USER.fields()).select(ROLE.NAME)
                .from(APP_USER).leftJoin(ROLE).on(ROLE.ID.eq(APP_USER.ROLE_ID));

        Record rendered = RenderedSelect.of(dsl, select.get().where(APP_USER.ID.eq(DSL.param("id", Long.class))))
                .fetchOptional(dsl, Map.of("id", user.id())).orElseThrow();
        Record fetched = select.get().where(APP_USER.ID.eq(user.id())).fetchOne();

        assertThat(rendered.fields()).containsExactly(fetched.fields());
        assertThat(rendered.intoMap()).isEqualTo(fetched.intoMap());
    }

    @Test
    void eachRun_bindsItsOwnValues_andKeepsTheValuesTheSelectWasBuiltWith() {
        User first = newUser("rendered-first");
        User second = newUser("rendered-second");
        RenderedSelect byIdWithActive = RenderedSelect.of(dsl, dsl.select(APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ID.eq(DSL.param("id", Long.class)))
                .and(APP_USER.IS_ACTIVE.eq(true)));

        assertThat(usernameOf(byIdWithActive, first.id())).contains("rendered-first");
        assertThat(usernameOf(byIdWithActive, second.id())).contains("rendered-second");
        assertThat(usernameOf(byIdWithActive, -1)).isEmpty();
    }

    @Test
    void parametersOfEachBindableType_areBoundAsJooqWould() {
        Field<LocalDate> day = DSL.param("day", LocalDate.class);
        Field<BigDecimal> amount = DSL.param("amount", BigDecimal.class);
        Field<String> text = DSL.param("text", String.class);
        Field<Integer> count = DSL.param("count", Integer.class);
        Field<Boolean> flag = DSL.param("flag", Boolean.class);
        RenderedSelect echo = RenderedSelect.of(dsl, dsl.select(day.plus(1).as("next"), amount.mul(2).as("twice"),
                DSL.upper(text).as("upper"), count.plus(1).as("more"), DSL.not(DSL.condition(flag)).as("negated")));

        Record row = echo.fetchOptional(dsl, Map.of("day", LocalDate.of(2026, 2, 28),
                "amount", new BigDecimal("10.005"), "text", "kam", "count", 41, "flag", true)).orElseThrow();

        assertThat(row.get("next", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(row.get("twice", BigDecimal.class)).isEqualByComparingTo("20.010");
        assertThat(row.get("upper", String.class)).isEqualTo("KAM");
        assertThat(row.get("more", Integer.class)).isEqualTo(42);
        assertThat(row.get("negated", Boolean.class)).isFalse();
    }

    @Test
    void aScopedSelect_showsAViewerWhoSeesTheirOwn_onlyTheirRow_andAViewerWhoSeesAll_everyRow() {
        User me = newUser("rendered-own");
        User other = newUser("rendered-other");
        RenderedSelect.Scoped byId = new RenderedSelect.Scoped(dsl, scope -> dsl.select(APP_USER.USERNAME)
                .from(APP_USER)
                .where(APP_USER.ID.eq(DSL.param("id", Long.class)))
                .and(scope.visible(APP_USER.ID)));
        Viewer own = viewerWith(me.id(), DataScope.OWN);
        Viewer otherOwn = viewerWith(other.id(), DataScope.OWN);
        Viewer all = viewerWith(me.id(), DataScope.ALL);

        assertThat(byId.fetchOptional(dsl, own, Map.of("id", me.id()))).isPresent();
        assertThat(byId.fetchOptional(dsl, own, Map.of("id", other.id()))).isEmpty();
        assertThat(byId.fetchOptional(dsl, otherOwn, Map.of("id", other.id()))).isPresent();
        assertThat(byId.fetchOptional(dsl, otherOwn, Map.of("id", me.id()))).isEmpty();
        assertThat(byId.fetchOptional(dsl, all, Map.of("id", other.id()))).isPresent();
    }

    @Test
    void moreThanOneRow_isRefusedAsJooqsFetchOptionalRefusesIt() {
        newUser("rendered-many-1");
        newUser("rendered-many-2");
        RenderedSelect everyone = RenderedSelect.of(dsl, dsl.select(APP_USER.ID).from(APP_USER));

        assertThatThrownBy(() -> everyone.fetchOptional(dsl, Map.of())).isInstanceOf(TooManyRowsException.class);
        assertThat(everyone.fetch(dsl, Map.of())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSelectThatCannotBeRenderedOnce_isRefusedWhenItIsBuilt() {
        Field<Long> id = DSL.param("id", Long.class);
        var twice = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(id)).or(APP_USER.ROLE_ID.eq(id));
        var unbindable = dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.CREATED_AT.lt(DSL.param("when", Instant.class)));

        assertThatThrownBy(() -> RenderedSelect.of(dsl, twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("once");
        assertThatThrownBy(() -> RenderedSelect.of(dsl, unbindable)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Instant");
    }

    @Test
    void aRunWithoutANamedParametersValue_isRefused() {
        RenderedSelect byId = RenderedSelect.of(dsl, dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ID.eq(DSL.param("id", Long.class))));

        assertThatThrownBy(() -> byId.fetch(dsl, Map.of("ID", 1L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    private Optional<String> usernameOf(RenderedSelect select, long id) {
        return select.fetchOptional(dsl, Map.of("id", id)).map(row -> row.get(APP_USER.USERNAME));
    }

    private User newUser(String name) {
        return users.insert(User.create(EmailAddress.of(name + "@example.com"), Username.of(name), "hash", "", "", null,
                Instant.now()));
    }

    private static Viewer viewerWith(long userId, DataScope scope) {
        return new Viewer(userId, "viewer-" + userId, null, Set.of(), scope);
    }
}
