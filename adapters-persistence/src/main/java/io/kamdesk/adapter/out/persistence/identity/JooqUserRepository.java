package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;

import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.RenderedSelect;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class JooqUserRepository implements UserRepository {

    /** Advisory lock key held while the first user is created ("KAMDESK1" as a number). */
    private static final long FIRST_USER_LOCK = 0x4B414D4445534B31L;
    /** Advisory lock key held while users or roles are administered ("KAMDUSER" as a number). */
    private static final long USER_ADMINISTRATION_LOCK = 0x4B414D4455534552L;

    private static final Map<UserSortField, Field<?>> SORTABLE = Map.of(
            UserSortField.ID, APP_USER.ID,
            UserSortField.EMAIL, APP_USER.EMAIL,
            UserSortField.USERNAME, APP_USER.USERNAME,
            UserSortField.FIRST_NAME, APP_USER.FIRST_NAME,
            UserSortField.LAST_NAME, APP_USER.LAST_NAME,
            UserSortField.CREATED_AT, APP_USER.CREATED_AT,
            UserSortField.UPDATED_AT, APP_USER.UPDATED_AT);
    private static final List<SortOrder<UserSortField>> DEFAULT_ORDERING =
            List.of(SortOrder.ascending(UserSortField.ID));

    private static final String ID = "id";

    private final DSLContext dsl;
    private final ListQueries lists;
    /** A user's profile with their role's name: every {@code users/me} reads it, so it is rendered once. */
    private final RenderedSelect view;

    public JooqUserRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
        this.view = RenderedSelect.of(dsl, views().where(APP_USER.ID.eq(DSL.param(ID, Long.class))));
    }

    @Override
    public Optional<User> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRowMapper::toUser);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email.value())).fetchOptional()
                .map(UserRowMapper::toUser);
    }

    /** Folds case as the unique index {@code app_user_username_key} does, and uses it. */
    @Override
    public Optional<User> findByUsername(Username username) {
        return dsl.selectFrom(APP_USER)
                .where(DSL.lower(APP_USER.USERNAME).eq(DSL.lower(DSL.val(username.value()))))
                .fetchOptional()
                .map(UserRowMapper::toUser);
    }

    @Override
    public boolean anyExists() {
        return dsl.fetchExists(APP_USER);
    }

    @Override
    public User insert(User user) {
        Long id = ConstraintViolations.translated(() -> dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, user.email().value())
                .set(APP_USER.USERNAME, user.username().value())
                .set(APP_USER.PASSWORD_HASH, user.passwordHash())
                .set(APP_USER.FIRST_NAME, user.firstName())
                .set(APP_USER.LAST_NAME, user.lastName())
                .set(APP_USER.ROLE_ID, user.roleId().orElse(null))
                .set(APP_USER.IS_ACTIVE, user.isActive())
                .set(APP_USER.CREATED_AT, user.createdAt())
                .set(APP_USER.UPDATED_AT, user.updatedAt())
                .returning(APP_USER.ID)
                .fetchSingle()
                .getId(), clashesOf(user));
        return user.withId(id);
    }

    @Override
    public void update(User user) {
        int updated = ConstraintViolations.translated(() -> dsl.update(APP_USER)
                .set(APP_USER.EMAIL, user.email().value())
                .set(APP_USER.USERNAME, user.username().value())
                .set(APP_USER.FIRST_NAME, user.firstName())
                .set(APP_USER.LAST_NAME, user.lastName())
                .set(APP_USER.PASSWORD_HASH, user.passwordHash())
                .set(APP_USER.ROLE_ID, user.roleId().orElse(null))
                .set(APP_USER.IS_ACTIVE, user.isActive())
                .set(APP_USER.UPDATED_AT, user.updatedAt())
                .where(APP_USER.ID.eq(user.id()))
                .execute(), clashesOf(user));
        if (updated == 0) {
            throw new NotFoundException(Subject.USER);
        }
    }

    /**
     * What the services answer for a duplicate or a missing role, for when a concurrent request wins
     * the race between their check and this write.
     */
    private static Map<String, Supplier<? extends DomainException>> clashesOf(User user) {
        return Map.of(
                "app_user_email_key", () -> InvalidInputException.of("email", Reason.TAKEN, Subject.USER),
                "app_user_username_key",
                () -> InvalidInputException.of("username", Reason.TAKEN, Subject.USER),
                "app_user_role_id_fkey", () -> InvalidInputException.of("role", Reason.UNKNOWN_ROLE,
                        "#" + user.roleId().orElse(null)));
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(id)).execute();
    }

    @Override
    public long countActiveWithRole(long roleId) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE_ID.eq(roleId).and(APP_USER.IS_ACTIVE.isTrue()));
    }

    @Override
    public void lockUserAdministration() {
        advisoryTransactionLock(USER_ADMINISTRATION_LOCK);
    }

    @Override
    public void lockFirstUserCreation() {
        advisoryTransactionLock(FIRST_USER_LOCK);
    }

    /** Waits for the lock and holds it until the transaction ends. */
    private void advisoryTransactionLock(long key) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(key))).fetch();
    }

    @Override
    public Optional<UserView> findView(long id) {
        return view.fetchOptional(dsl, Map.of(ID, id)).map(UserRowMapper::toView);
    }

    @Override
    public void list(ListUsersQuery query, Optional<Long> roleId, ResultSink<UserView> sink) {
        Condition roleFilter = roleId.map(APP_USER.ROLE_ID::eq).orElse(DSL.noCondition());
        Condition activeFilter = query.active().map(APP_USER.IS_ACTIVE::eq).orElse(DSL.noCondition());
        Condition listed = roleFilter
                .and(activeFilter)
                .and(ListQueries.search(query.spec(), APP_USER.EMAIL, APP_USER.USERNAME, APP_USER.FIRST_NAME,
                        APP_USER.LAST_NAME));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE, DEFAULT_ORDERING, APP_USER.ID);
        // counted on the users alone: the role's left join on its key neither adds nor removes a row
        lists.stream(views().where(listed), dsl.selectCount().from(APP_USER).where(listed), ordering, query.spec(),
                UserRowMapper::toView, sink);
    }

    private SelectJoinStep<Record> views() {
        return dsl.select(UserRowMapper.VIEW_FIELDS).from(APP_USER).leftJoin(ROLE).on(ROLE.ID.eq(APP_USER.ROLE_ID));
    }
}
