package io.kamdesk.architecture_fixtures.application.billing.port.out;

import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillUseCase;

/** Bad (rule 3): an out-port calls back into a use case. */
public interface OutPortCallingUseCase {

    void forward(IssueBillUseCase useCase);
}
