package io.kamdesk.application.identity.port.in.menu;

import io.kamdesk.domain.identity.Viewer;
import java.util.List;

/** The navigation the caller may see: items whose permission they hold, children likewise. */
public interface GetMenuUseCase {

    List<MenuItemView> menuFor(Viewer viewer);
}
