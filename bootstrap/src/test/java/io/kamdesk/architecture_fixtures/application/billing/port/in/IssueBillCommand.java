package io.kamdesk.architecture_fixtures.application.billing.port.in;

public record IssueBillCommand(long customerId) {
}
