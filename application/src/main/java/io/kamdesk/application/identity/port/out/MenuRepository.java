package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.MenuItem;
import java.util.List;

/** The seeded navigation items. */
public interface MenuRepository {

    List<MenuItem> all();
}
