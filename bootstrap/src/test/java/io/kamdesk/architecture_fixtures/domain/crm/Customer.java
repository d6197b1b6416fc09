package io.kamdesk.architecture_fixtures.domain.crm;

import io.kamdesk.architecture_fixtures.domain.shared.Money;

/** Knows its owner by id only, so crm → identity adds no cycle. */
public record Customer(long id, long ownerUserId, Money monthlyFee) {
}
