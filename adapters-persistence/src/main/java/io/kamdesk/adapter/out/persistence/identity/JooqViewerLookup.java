package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PERMISSION;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE_PERMISSION;

import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads a user's effective permissions in one query. A role flagged {@code all_permissions}
 * (super_admin) gets every permission in the table, so permissions added later are included; an
 * inactive role gives none.
 * A user without a role may do nothing and sees only their own records.
 */
@Repository
public class JooqViewerLookup implements ViewerLookup {

    private final DSLContext dsl;

    public JooqViewerLookup(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Viewer> findActiveViewer(long userId) {
        Field<String[]> permissions = DSL.array(
                DSL.select(PERMISSION.CODE).from(PERMISSION)
                        .where(ROLE.IS_ACTIVE.isTrue())
                        .and(ROLE.ALL_PERMISSIONS.isTrue()
                                .or(DSL.exists(DSL.selectOne().from(ROLE_PERMISSION)
                                        .where(ROLE_PERMISSION.ROLE_ID.eq(ROLE.ID))
                                        .and(ROLE_PERMISSION.PERMISSION_ID.eq(PERMISSION.ID))))))
                .as("permissions");
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, ROLE.NAME, ROLE.DATA_SCOPE, permissions)
                .from(APP_USER)
                .leftJoin(ROLE).on(ROLE.ID.eq(APP_USER.ROLE_ID))
                .where(APP_USER.ID.eq(userId))
                .and(APP_USER.IS_ACTIVE.isTrue())
                .fetchOptional(row -> {
                    String scope = row.get(ROLE.DATA_SCOPE);
                    String[] codes = row.get(permissions);
                    Set<PermissionCode> granted = codes == null || scope == null
                            ? Set.of()
                            : Arrays.stream(codes).map(PermissionCode::of).collect(Collectors.toSet());
                    return new Viewer(row.get(APP_USER.ID), row.get(APP_USER.USERNAME), row.get(ROLE.NAME), granted,
                            scope == null ? DataScope.OWN : DataScope.fromCode(scope));
                });
    }
}
