package io.kamdesk.architecture_fixtures.adapter.out.persistence.billing;

import io.kamdesk.architecture_fixtures.bootstrap.billing.BillingWiring;

/** Bad (rule 4): an adapter depends on the wiring. */
public class RepositoryUsingBootstrap {

    private final BillingWiring wiring = new BillingWiring();
}
