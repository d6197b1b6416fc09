package io.kamdesk.architecture_fixtures.application.billing.port.in;

public record ListBillsQuery(long customerId) {
}
