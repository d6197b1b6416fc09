package io.kamdesk.architecture_fixtures.adapter.in.rest.billing;

import org.jooq.DSLContext;

/** Bad (rule 5): SQL in a controller. */
public class ControllerUsingJooq {

    private final DSLContext dsl;

    public ControllerUsingJooq(DSLContext dsl) {
        this.dsl = dsl;
    }
}
