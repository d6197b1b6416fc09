package io.kamdesk.architecture_fixtures.bootstrap.billing;

import io.kamdesk.architecture_fixtures.adapter.out.persistence.jooq.tables.BillTable;

/** Bad (rule 5): generated jOOQ code outside persistence, even in bootstrap. */
public class WiringUsingGeneratedJooq {

    private final BillTable table = new BillTable();
}
