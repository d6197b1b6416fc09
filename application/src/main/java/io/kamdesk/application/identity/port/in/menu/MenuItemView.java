package io.kamdesk.application.identity.port.in.menu;

import java.util.List;

/** One entry of the menu with its visible children, ordered by {@code order}. */
public record MenuItemView(long id, String slug, String title, String path, String icon, int order,
        List<MenuItemView> children) {

    public MenuItemView {
        children = List.copyOf(children);
    }
}
