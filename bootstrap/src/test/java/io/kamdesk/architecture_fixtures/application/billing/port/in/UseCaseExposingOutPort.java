package io.kamdesk.architecture_fixtures.application.billing.port.in;

import io.kamdesk.architecture_fixtures.application.billing.port.out.BillRepository;

/** Bad (rule 3): an in-port hands out an out-port. */
public interface UseCaseExposingOutPort {

    BillRepository repository();
}
