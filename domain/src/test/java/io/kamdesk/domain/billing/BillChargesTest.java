package io.kamdesk.domain.billing;

import static io.kamdesk.domain.billing.BandwidthComponent.BAISHAN;
import static io.kamdesk.domain.billing.BandwidthComponent.BDIX;
import static io.kamdesk.domain.billing.BandwidthComponent.CDN;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.GGC;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillChargesTest {

    private static BillLine line(BandwidthComponent component, String quantity, String price) {
        return new BillLine(component, Quantity.of(quantity), Money.of(price));
    }

    @Test
    void of_theApiDocumentsExample_bills1050AndLeaves950Due() {
        // given: the document's request: iig 10 × 100, fna 1 × 10, ggc 2 × 20, discount 0, received 100
        List<BillLine> lines = List.of(line(IIG, "10", "100"), line(FNA, "1", "10"), line(GGC, "2", "20"));

        BillCharges charges = BillCharges.of(lines, Money.of("0"), Money.of("100"));

        assertThat(charges.gross()).hasToString("1050.00");
        assertThat(charges.totalBill()).hasToString("1050.00");
        assertThat(charges.totalDue()).hasToString("950.00");
    }

    @Test
    void of_threeLinesOfHalfACent_roundsEachLineUpBeforeSumming() {
        // given: 0.5 × 0.01 = 0.005 on three lines; rounding the sum (0.015) instead would give 0.02
        List<BillLine> lines = List.of(line(IIG, "0.5", "0.01"), line(FNA, "0.5", "0.01"), line(GGC, "0.5", "0.01"));
        BigDecimal roundedOnceAtTheEnd = new BigDecimal("0.015").setScale(2, RoundingMode.HALF_UP);

        BillCharges charges = BillCharges.of(lines, Money.ZERO, Money.ZERO);

        assertThat(charges.line(IIG).amount()).hasToString("0.01");
        assertThat(charges.totalBill()).hasToString("0.03");
        assertThat(charges.totalBill().amount()).isNotEqualByComparingTo(roundedOnceAtTheEnd);
    }

    @Test
    void of_threeLinesJustBelowHalfACent_roundsEachLineDownBeforeSumming() {
        // given: 0.49 × 0.01 = 0.0049 on three lines; rounding the sum (0.0147) instead would give 0.01
        List<BillLine> lines = List.of(line(CDN, "0.49", "0.01"), line(BDIX, "0.49", "0.01"),
                line(BAISHAN, "0.49", "0.01"));

        BillCharges charges = BillCharges.of(lines, Money.ZERO, Money.ZERO);

        assertThat(charges.totalBill()).hasToString("0.00");
        assertThat(charges.totalDue()).hasToString("0.00");
    }

    @Test
    void of_fourDecimalQuantity_billsTheRoundedProduct() {
        // given: 12.3456 Mbps at 7.77 = 95.925312
        List<BillLine> lines = List.of(line(IIG, "12.3456", "7.77"));

        BillCharges charges = BillCharges.of(lines, Money.of("0.93"), Money.of("50"));

        assertThat(charges.gross()).hasToString("95.93");
        assertThat(charges.totalBill()).hasToString("95.00");
        assertThat(charges.totalDue()).hasToString("45.00");
    }

    @Test
    void of_noLines_isZeroOnEveryComponent() {
        // given: nothing charged

        BillCharges charges = BillCharges.of(List.of(), Money.ZERO, Money.ZERO);

        assertThat(charges.lines()).hasSize(BandwidthComponent.values().length)
                .allSatisfy(line -> assertThat(line.amount()).isEqualTo(Money.ZERO));
        assertThat(charges.line(BAISHAN)).isEqualTo(BillLine.empty(BAISHAN));
        assertThat(charges.totalBill()).isEqualTo(Money.ZERO);
        assertThat(charges.totalDue()).isEqualTo(Money.ZERO);
    }

    @Test
    void of_discountEqualToTheGross_billsZero() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"));

        BillCharges charges = BillCharges.of(lines, Money.of("1000"), Money.ZERO);

        assertThat(charges.totalBill()).isEqualTo(Money.ZERO);
    }

    @Test
    void of_discountOneCentAboveTheGross_isRefusedOnTheDiscount() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> BillCharges.of(lines, Money.of("1000.01"), Money.ZERO));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("discount");
        assertThat(refusal.fieldErrors().get("discount")).containsExactly(
                Violation.of(Reason.EXCEEDS_GROSS, new BigDecimal("1000.01"), new BigDecimal("1000.00")));
    }

    @Test
    void of_anyDiscountOnAnEmptyBill_isRefused() {
        // given: no lines, so the gross is 0

        // when / then
        assertThatThrownBy(() -> BillCharges.of(List.of(), Money.of("0.01"), Money.ZERO))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void of_negativeDiscount_isRefusedOnTheDiscount() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> BillCharges.of(lines, Money.of("-1"), Money.ZERO));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("discount");
    }

    @Test
    void of_negativeAmountReceived_isRefusedOnTotalReceived() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> BillCharges.of(lines, Money.ZERO, Money.of("-0.01")));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("totalReceived");
    }

    @Test
    void of_paidMoreThanBilled_leavesANegativeDue() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"));

        BillCharges charges = BillCharges.of(lines, Money.of("50"), Money.of("1000"));

        assertThat(charges.totalBill()).hasToString("950.00");
        assertThat(charges.totalDue()).hasToString("-50.00");
        assertThat(charges.totalDue().isNegative()).isTrue();
    }

    @Test
    void of_linesThatEachFitButTogetherExceedAMoneyColumn_isRefused() {
        // given: two lines of 6,000,000,000,000.00: a gross of 12,000,000,000,000.00 fits no money column
        List<BillLine> lines = List.of(line(IIG, "60000000000", "100"), line(FNA, "60000000000", "100"));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> BillCharges.of(lines, Money.ZERO, Money.ZERO));

        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors()).containsOnlyKeys(InvalidInputException.WHOLE_INPUT);
        assertThat(refusal.reasons(InvalidInputException.WHOLE_INPUT)).containsExactly(Reason.GROSS_TOO_LARGE);
    }

    @Test
    void of_linesThatTogetherReachTheLargestAmount_isAccepted() {
        // given: the gross is exactly the most a money column holds
        List<BillLine> lines = List.of(line(IIG, "99999999999.9999", "50"), line(FNA, "1", "4999999999999.99"),
                line(GGC, "0.0001", "0.05"));

        BillCharges charges = BillCharges.of(lines, Money.ZERO, Money.of("9999999999999.99"));

        assertThat(charges.totalBill()).hasToString("9999999999999.99");
        assertThat(charges.totalDue()).hasToString("0.00");
    }

    @Test
    void of_sameComponentGivenTwice_keepsTheLastLine() {
        List<BillLine> lines = List.of(line(IIG, "10", "100"), line(IIG, "1", "1"));

        BillCharges charges = BillCharges.of(lines, Money.ZERO, Money.ZERO);

        assertThat(charges.line(IIG)).isEqualTo(line(IIG, "1", "1"));
        assertThat(charges.totalBill()).hasToString("1.00");
    }

    @Test
    void equals_sameFiguresWrittenDifferently_isEqual() {
        BillCharges one = BillCharges.of(List.of(line(IIG, "10", "100")), Money.of("5"), Money.of("0"));

        BillCharges other = BillCharges.of(List.of(line(IIG, "10.0000", "100.00"), BillLine.empty(FNA)),
                Money.of("5.00"), Money.ZERO);

        assertThat(other).isEqualTo(one);
        assertThat(other.hashCode()).isEqualTo(one.hashCode());
    }

    @Test
    void equals_differentReceived_isNotEqual() {
        BillCharges one = BillCharges.of(List.of(line(IIG, "10", "100")), Money.ZERO, Money.of("1"));

        BillCharges other = BillCharges.of(List.of(line(IIG, "10", "100")), Money.ZERO, Money.of("2"));

        assertThat(other).isNotEqualTo(one);
    }
}
