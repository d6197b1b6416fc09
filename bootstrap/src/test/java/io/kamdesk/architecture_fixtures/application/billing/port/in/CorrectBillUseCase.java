package io.kamdesk.architecture_fixtures.application.billing.port.in;

import io.kamdesk.architecture_fixtures.domain.billing.Bill;

/** Breaks rule 3: a use case whose input is named neither …Command nor …Query. */
public interface CorrectBillUseCase {

    Bill correct(BillCorrection correction);
}
