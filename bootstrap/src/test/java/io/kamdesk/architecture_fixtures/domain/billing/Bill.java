package io.kamdesk.architecture_fixtures.domain.billing;

import io.kamdesk.architecture_fixtures.domain.shared.Money;

public record Bill(long id, long customerId, Money total) {
}
