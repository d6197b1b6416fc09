package io.kamdesk.architecture_fixtures.adapter.out.persistence.billing;

import io.kamdesk.architecture_fixtures.adapter.out.persistence.jooq.tables.BillTable;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad (rule 7): field injection. */
public class RepositoryWithFieldInjection {

    @Autowired
    private BillTable table;
}
