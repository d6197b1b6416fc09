package io.kamdesk.architecture_fixtures.application.billing.port.in;

import io.kamdesk.architecture_fixtures.domain.billing.Bill;

public interface IssueBillUseCase {

    Bill issue(IssueBillCommand command);
}
