package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Payment.Receipt;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payment ledger's rules: what a payment may be, voiding, and a bill's received amount as its sum. */
class PaymentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");
    private static final Bill BILL = Bill.issue(9, 4, "KTL-BL-9", new BillTerms("", "", null, TODAY, null, ""),
            BillCharges.of(List.of(new BillLine(BandwidthComponent.IIG, Quantity.of("10"), Money.of("100.00"))),
                    Money.ZERO, Money.ZERO), BillStatus.ACTIVE, NOW);

    @Test
    void aPayment_keepsWhatWasReceived_andWhoTookIt() {
        Payment payment = Payment.receive(1, 9, receipt("250.50", PaymentMethod.BKASH), 3, TODAY, NOW);

        assertThat(payment.amount()).isEqualTo(Money.of("250.50"));
        assertThat(payment.method()).isEqualTo(PaymentMethod.BKASH);
        assertThat(payment.reference()).isEqualTo("TRX-1");
        assertThat(payment.receivedBy()).isEqualTo(3);
        assertThat(payment.counted()).isEqualTo(Money.of("250.50"));
        assertThat(payment.isVoid()).isFalse();
    }

    @Test
    void money_mustBePositive_anAdjustmentOnlyNotZero() {
        assertThat(reasons(() -> Payment.receive(1, 9, receipt("0.00", PaymentMethod.CASH), 3, TODAY, NOW)))
                .containsExactly(Reason.NOT_POSITIVE);
        assertThat(reasons(() -> Payment.receive(1, 9, receipt("-5.00", PaymentMethod.CASH), 3, TODAY, NOW)))
                .containsExactly(Reason.NOT_POSITIVE);
        assertThat(reasons(() -> Payment.receive(1, 9, receipt("0.00", PaymentMethod.ADJUSTMENT), 3, TODAY, NOW)))
                .containsExactly(Reason.ZERO_ADJUSTMENT);
        assertThat(Payment.receive(1, 9, receipt("-5.00", PaymentMethod.ADJUSTMENT), 3, TODAY, NOW).amount())
                .isEqualTo(Money.of("-5.00"));
    }

    @Test
    void moneyIsNeverReceivedTomorrow_norWithMoreThanTwoDecimals() {
        Receipt tomorrow = new Receipt(Money.of("10.00"), TODAY.plusDays(1), PaymentMethod.CASH, "", "");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Payment.receive(1, 9, tomorrow, 3, TODAY, NOW));

        assertThat(refused.reasons("paidOn")).containsExactly(Reason.DATE_IN_FUTURE);
        assertThatThrownBy(() -> Money.of("10.005")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReferenceIsOneLine_ofAtMost100Characters() {
        Receipt longReference = new Receipt(Money.of("10.00"), TODAY, PaymentMethod.CHEQUE, "x".repeat(101), "");

        assertThat(reasons(() -> Payment.receive(1, 9, longReference, 3, TODAY, NOW))).containsExactly(Reason.TOO_LONG);
    }

    @Test
    void voiding_keepsThePaymentButCountsItOut_andOnlyOnce() {
        Payment payment = Payment.receive(1, 9, receipt("100.00", PaymentMethod.CASH), 3, TODAY, NOW);

        Payment voided = payment.voidedBy(5, "Cheque bounced", NOW);

        assertThat(voided.isVoid()).isTrue();
        assertThat(voided.amount()).isEqualTo(Money.of("100.00"));
        assertThat(voided.counted()).isEqualTo(Money.ZERO);
        assertThat(voided.voiding().orElseThrow().reason()).isEqualTo("Cheque bounced");
        assertThat(catchThrowableOfType(ConflictException.class, () -> voided.voidedBy(5, "Again", NOW)).refusal())
                .isEqualTo(Refusal.PAYMENT_ALREADY_VOID);
        assertThat(reasons(() -> payment.voidedBy(5, "  ", NOW))).containsExactly(Reason.BLANK);
    }

    @Test
    void aBillsReceivedAmount_isTheSumOfItsPaymentsNotVoid_andAnOverpaymentIsACredit() {
        Payment first = Payment.receive(1, 9, receipt("600.00", PaymentMethod.BANK_TRANSFER), 3, TODAY, NOW);
        Payment second = Payment.receive(2, 9, receipt("500.00", PaymentMethod.CASH), 3, TODAY, NOW);

        Bill paid = BILL.receive(first.counted(), NOW).receive(second.counted(), NOW);
        Bill afterVoid = paid.receive(second.counted().negate(), NOW);

        assertThat(paid.charges().received()).isEqualTo(Payment.total(List.of(first, second)));
        assertThat(paid.totalDue()).isEqualTo(Money.of("-100.00"));
        assertThat(afterVoid.charges().received())
                .isEqualTo(Payment.total(List.of(first, second.voidedBy(3, "Entered twice", NOW))));
        assertThat(afterVoid.totalDue()).isEqualTo(Money.of("400.00"));
    }

    @Test
    void aBillNeverRecordsLessThanNothingReceived() {
        Bill paid = BILL.receive(Money.of("100.00"), NOW);

        assertThat(reasons(() -> paid.receive(Money.of("-100.01"), NOW))).containsExactly(Reason.RECEIVED_BELOW_ZERO);
    }

    @Test
    void aStatedTotalReceived_becomesTheAdjustmentForTheDifference() {
        Payment raise = Payment.adjusting(9, Money.of("100.00"), Money.of("350.00"), TODAY, 3, NOW).orElseThrow();
        Payment lower = Payment.adjusting(9, Money.of("350.00"), Money.of("300.00"), TODAY, 3, NOW).orElseThrow();

        assertThat(raise.method()).isEqualTo(PaymentMethod.ADJUSTMENT);
        assertThat(raise.amount()).isEqualTo(Money.of("250.00"));
        assertThat(lower.amount()).isEqualTo(Money.of("-50.00"));
        assertThat(Payment.adjusting(9, Money.of("350.00"), Money.of("350.00"), TODAY, 3, NOW)).isEmpty();
    }

    @Test
    void methods_areAClosedListOfCodes() {
        assertThat(PaymentMethod.fromCode(" Bank_Transfer ")).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThatThrownBy(() -> PaymentMethod.fromCode("gold")).isInstanceOf(InvalidValueException.class);
    }

    private static Receipt receipt(String amount, PaymentMethod method) {
        return new Receipt(Money.of(amount), TODAY, method, "TRX-1", "");
    }

    private static List<Reason> reasons(Runnable action) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, action::run);
        return refused.fieldErrors().values().stream().flatMap(List::stream).map(violation -> violation.reason())
                .toList();
    }
}
