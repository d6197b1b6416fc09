package io.kamdesk.application.billing.port.in.run;

/**
 * Starts the monthly billing run: each Active customer's Active bills of the month before become the
 * month's bills (same links, lines and discount, dated on the billing day, nothing received); links
 * already billed that month are left alone, so a second run of a month creates nothing. Answers the
 * finished report, or the queued run when it runs in the background. One run of a month at a time.
 */
public interface StartBillingRunUseCase {

    BillingRunView startBillingRun(BillingRunCommand command);
}
