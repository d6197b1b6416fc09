package io.kamdesk.architecture_fixtures.application.billing.port.in;

import io.kamdesk.architecture_fixtures.application.billing.service.IssueBillService;

/** Bad (rule 3): a port names its implementation. */
public interface UseCaseExposingService {

    IssueBillService service();
}
