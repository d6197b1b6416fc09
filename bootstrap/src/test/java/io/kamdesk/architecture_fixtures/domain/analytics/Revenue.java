package io.kamdesk.architecture_fixtures.domain.analytics;

import io.kamdesk.architecture_fixtures.domain.shared.Money;

public record Revenue(Money total) {
}
