package io.kamdesk.architecture_fixtures.adapter.in.rest.billing;

import io.kamdesk.architecture_fixtures.application.billing.service.IssueBillService;

/** Bad (rule 4): an adapter skips the port. */
public class ControllerUsingService {

    private final IssueBillService service;

    public ControllerUsingService(IssueBillService service) {
        this.service = service;
    }
}
