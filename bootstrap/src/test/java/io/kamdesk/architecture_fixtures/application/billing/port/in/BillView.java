package io.kamdesk.architecture_fixtures.application.billing.port.in;

import io.kamdesk.architecture_fixtures.domain.shared.Money;

public record BillView(long id, Money total) {
}
