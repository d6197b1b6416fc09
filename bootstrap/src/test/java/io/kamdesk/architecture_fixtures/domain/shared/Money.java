package io.kamdesk.architecture_fixtures.domain.shared;

import java.math.BigDecimal;

public record Money(BigDecimal amount) {
}
