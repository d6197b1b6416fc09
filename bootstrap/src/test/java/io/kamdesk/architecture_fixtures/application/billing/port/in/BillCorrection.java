package io.kamdesk.architecture_fixtures.application.billing.port.in;

public record BillCorrection(long billId, String reason) {
}
