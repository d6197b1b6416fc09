package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.MENU_ITEM;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.MenuItemRecord;
import io.kamdesk.application.identity.port.out.MenuRepository;
import io.kamdesk.domain.identity.MenuItem;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The seeded navigation items; column {@code sort_order} is the item's {@code order}. */
@Repository
public class JooqMenuRepository implements MenuRepository {

    private final DSLContext dsl;

    public JooqMenuRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Top-level items first, then each level by order. */
    @Override
    public List<MenuItem> all() {
        return dsl.selectFrom(MENU_ITEM)
                .orderBy(MENU_ITEM.PARENT_ID.asc().nullsFirst(), MENU_ITEM.SORT_ORDER, MENU_ITEM.ID)
                .fetch(JooqMenuRepository::toItem);
    }

    private static MenuItem toItem(MenuItemRecord row) {
        return new MenuItem(row.getId(), row.getParentId(), row.getSlug(), row.getTitle(), row.getPath(),
                row.getIcon(), row.getSortOrder(), PermissionCode.of(row.getPermissionCode()));
    }
}
