package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.menu.GetMenuUseCase;
import io.kamdesk.application.identity.port.in.menu.MenuItemView;
import io.kamdesk.application.identity.port.out.MenuRepository;
import io.kamdesk.domain.identity.MenuItem;
import io.kamdesk.domain.identity.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Builds the caller's menu: visible items at the top, each with its visible children, by order. */
public final class MenuQueryService implements GetMenuUseCase {

    private static final Comparator<MenuItem> BY_ORDER =
            Comparator.comparingInt(MenuItem::order).thenComparingLong(MenuItem::id);

    private final MenuRepository menu;

    public MenuQueryService(MenuRepository menu) {
        this.menu = menu;
    }

    @Override
    public List<MenuItemView> menuFor(Viewer viewer) {
        List<MenuItem> visible = menu.all().stream().filter(item -> item.isVisibleTo(viewer)).sorted(BY_ORDER).toList();
        return childrenOf(null, visible);
    }

    private static List<MenuItemView> childrenOf(Long parentId, List<MenuItem> visible) {
        return visible.stream()
                .filter(item -> Objects.equals(item.parentId(), parentId))
                .map(item -> new MenuItemView(item.id(), item.slug(), item.title(), item.path(), item.icon(),
                        item.order(), childrenOf(item.id(), visible)))
                .toList();
    }
}
