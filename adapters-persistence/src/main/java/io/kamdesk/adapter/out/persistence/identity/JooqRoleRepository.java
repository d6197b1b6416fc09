package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PERMISSION;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE_PERMISSION;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.RoleRecord;
import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Roles with their stored permissions, each read in one statement. A role and its permission rows are
 * written in one transaction (joining the caller's, if any).
 */
@Repository
public class JooqRoleRepository implements RoleRepository {

    /** The codes of the role's stored permissions, as a correlated array beside the role's columns. */
    private static final Field<String[]> PERMISSION_CODES = DSL.array(
            DSL.select(PERMISSION.CODE)
                    .from(ROLE_PERMISSION)
                    .join(PERMISSION).on(PERMISSION.ID.eq(ROLE_PERMISSION.PERMISSION_ID))
                    .where(ROLE_PERMISSION.ROLE_ID.eq(ROLE.ID)))
            .as("permission_codes");

    private static final Map<String, Supplier<? extends DomainException>> NAME_TAKEN = Map.of(
            "role_name_key", () -> InvalidInputException.of("name", Reason.TAKEN, Subject.ROLE));
    private static final Map<String, Supplier<? extends DomainException>> STILL_HELD = Map.of(
            "app_user_role_id_fkey",
            () -> new ConflictException(Refusal.ROLE_IN_USE));

    private final DSLContext dsl;
    private final Transactions transactions;

    public JooqRoleRepository(DSLContext dsl, Transactions transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    @Override
    public Optional<Role> findById(long id) {
        return select(ROLE.ID.eq(id)).stream().findFirst();
    }

    /** Folds case as the unique index {@code role_name_key} does, and uses it. */
    @Override
    public Optional<Role> findByName(String name) {
        return select(DSL.lower(ROLE.NAME).eq(DSL.lower(DSL.val(name)))).stream().findFirst();
    }

    @Override
    public List<Role> findAll() {
        return select(DSL.noCondition());
    }

    private List<Role> select(Condition condition) {
        return dsl.select(ROLE.asterisk(), PERMISSION_CODES)
                .from(ROLE)
                .where(condition)
                .orderBy(ROLE.ID)
                .fetch(JooqRoleRepository::toRole);
    }

    private static Role toRole(Record row) {
        RoleRecord role = row.into(ROLE);
        String[] codes = row.get(PERMISSION_CODES);
        Set<PermissionCode> permissions = codes == null
                ? Set.of()
                : Arrays.stream(codes).map(PermissionCode::of).collect(Collectors.toSet());
        return Role.restore(role.getId(), role.getName(), role.getDescription(),
                DataScope.fromCode(role.getDataScope()), role.getAllPermissions(), role.getBuiltin(), permissions,
                role.getIsActive(), role.getCreatedAt(), role.getUpdatedAt());
    }

    @Override
    public Role insert(Role role) {
        return transactions.inTransaction(() -> {
            RoleRecord stored = ConstraintViolations.translated(() -> dsl.insertInto(ROLE)
                    .set(ROLE.NAME, role.name())
                    .set(ROLE.DESCRIPTION, role.description())
                    .set(ROLE.DATA_SCOPE, role.scope().code())
                    .set(ROLE.ALL_PERMISSIONS, role.holdsAllPermissions())
                    .set(ROLE.BUILTIN, role.isBuiltin())
                    .set(ROLE.IS_ACTIVE, role.isActive())
                    .set(ROLE.CREATED_AT, givenOrNow(role.createdAt(), ROLE.CREATED_AT))
                    .set(ROLE.UPDATED_AT, givenOrNow(role.updatedAt(), ROLE.UPDATED_AT))
                    .returning()
                    .fetchSingle(), NAME_TAKEN);
            storePermissions(stored.getId(), role.permissions());
            return Role.restore(stored.getId(), stored.getName(), stored.getDescription(), role.scope(),
                    stored.getAllPermissions(), stored.getBuiltin(), role.permissions(), stored.getIsActive(),
                    stored.getCreatedAt(), stored.getUpdatedAt());
        });
    }

    @Override
    public void update(Role role) {
        transactions.run(() -> {
            int updated = ConstraintViolations.translated(() -> dsl.update(ROLE)
                    .set(ROLE.NAME, role.name())
                    .set(ROLE.DESCRIPTION, role.description())
                    .set(ROLE.DATA_SCOPE, role.scope().code())
                    .set(ROLE.IS_ACTIVE, role.isActive())
                    .set(ROLE.UPDATED_AT, givenOrNow(role.updatedAt(), ROLE.UPDATED_AT))
                    .where(ROLE.ID.eq(role.id()))
                    .execute(), NAME_TAKEN);
            if (updated == 0) {
                throw new NotFoundException(Subject.ROLE);
            }
            dsl.deleteFrom(ROLE_PERMISSION).where(ROLE_PERMISSION.ROLE_ID.eq(role.id())).execute();
            storePermissions(role.id(), role.permissions());
        });
    }

    /** Adds the permission rows; every code must exist in the catalogue (the services check that first). */
    private void storePermissions(long roleId, Set<PermissionCode> permissions) {
        if (permissions.isEmpty()) {
            return;
        }
        List<String> codes = permissions.stream().map(PermissionCode::value).toList();
        int stored = dsl.insertInto(ROLE_PERMISSION, ROLE_PERMISSION.ROLE_ID, ROLE_PERMISSION.PERMISSION_ID)
                .select(DSL.select(DSL.val(roleId), PERMISSION.ID).from(PERMISSION).where(PERMISSION.CODE.in(codes)))
                .execute();
        if (stored != codes.size()) {
            throw new IllegalArgumentException("not every permission of " + codes + " exists");
        }
    }

    /** The role's permission rows go with it; a role that users still hold is refused. */
    @Override
    public void delete(long id) {
        ConstraintViolations.translated(() -> dsl.deleteFrom(ROLE).where(ROLE.ID.eq(id)).execute(), STILL_HELD);
    }

    @Override
    public Map<Long, Long> userCounts() {
        Field<Long> holders = DSL.count().cast(Long.class).as("holders");
        return dsl.select(APP_USER.ROLE_ID, holders)
                .from(APP_USER)
                .where(APP_USER.ROLE_ID.isNotNull())
                .groupBy(APP_USER.ROLE_ID)
                .fetchMap(APP_USER.ROLE_ID, holders);
    }

    /** The instant given, or the transaction's start when a role carries none. */
    private static Field<Instant> givenOrNow(Instant given, Field<Instant> column) {
        return given != null ? DSL.val(given, column) : DSL.field("now()", column.getDataType());
    }
}
