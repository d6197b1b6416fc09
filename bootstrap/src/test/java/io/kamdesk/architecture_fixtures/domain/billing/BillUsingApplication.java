package io.kamdesk.architecture_fixtures.domain.billing;

import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillCommand;

/** Bad (rule 1): the domain reaches up into the application. */
public record BillUsingApplication(IssueBillCommand command) {
}
