package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.PERMISSION;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE_PERMISSION;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.RoleRecord;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class JooqRoleRepository implements RoleRepository {

    private final DSLContext dsl;

    public JooqRoleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Role> findById(long id) {
        return find(ROLE.ID.eq(id));
    }

    @Override
    public Optional<Role> findByName(String name) {
        return find(DSL.lower(ROLE.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)));
    }

    private Optional<Role> find(Condition condition) {
        return dsl.selectFrom(ROLE).where(condition).fetchOptional().map(this::toRole);
    }

    private Role toRole(RoleRecord row) {
        Set<PermissionCode> permissions = dsl.select(PERMISSION.CODE)
                .from(ROLE_PERMISSION)
                .join(PERMISSION).on(PERMISSION.ID.eq(ROLE_PERMISSION.PERMISSION_ID))
                .where(ROLE_PERMISSION.ROLE_ID.eq(row.getId()))
                .fetch(PERMISSION.CODE)
                .stream()
                .map(PermissionCode::of)
                .collect(Collectors.toSet());
        return Role.restore(row.getId(), row.getName(), row.getDescription(), DataScope.fromCode(row.getDataScope()),
                row.getAllPermissions(), row.getBuiltin(), permissions);
    }
}
