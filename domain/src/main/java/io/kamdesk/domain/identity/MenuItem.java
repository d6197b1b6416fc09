package io.kamdesk.domain.identity;

import java.util.Objects;

/** One navigation entry, shown to those who hold its permission; {@code parentId} null at the top. */
public record MenuItem(long id, Long parentId, String slug, String title, String path, String icon, int order,
        PermissionCode permission) {

    public MenuItem {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(title);
        Objects.requireNonNull(permission);
    }

    public boolean isVisibleTo(Viewer viewer) {
        return viewer.can(permission);
    }
}
