package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.PERMISSION;

import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The permission table, seeded by the schema. */
@Repository
public class JooqPermissionCatalog implements PermissionCatalog {

    private final DSLContext dsl;

    public JooqPermissionCatalog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Ordered by code character by character (collation "C"), whatever the database's collation. */
    @Override
    public List<PermissionView> all() {
        return dsl.selectFrom(PERMISSION)
                .orderBy(PERMISSION.CODE.collate("C"))
                .fetch(row -> {
                    PermissionCode code = PermissionCode.of(row.getCode());
                    return new PermissionView(row.getId(), code.value(), code.resource(), code.action(),
                            row.getDescription());
                });
    }

    @Override
    public Set<PermissionCode> allCodes() {
        return dsl.select(PERMISSION.CODE).from(PERMISSION).fetch(PERMISSION.CODE).stream()
                .map(PermissionCode::of)
                .collect(Collectors.toUnmodifiableSet());
    }
}
