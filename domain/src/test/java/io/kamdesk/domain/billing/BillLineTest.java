package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillLineTest {

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "10, 100, 1000.00",
            "0.5, 0.01, 0.01",
            "0.4999, 0.01, 0.00",
            "1.005, 1.00, 1.01",
            "12.3456, 7.77, 95.93",
            "0.0001, 0.01, 0.00",
            "0, 9999999999999.99, 0.00",
            "99999999999.9999, 0, 0.00",
            "99999999999.9999, 50, 5000000000000.00",
            "1, 9999999999999.99, 9999999999999.99"})
    void amount_quantityTimesPrice_isRoundedHalfUpToTheCent(String quantity, String price, String expected) {
        BillLine line = new BillLine(BandwidthComponent.IIG, Quantity.of(quantity), Money.of(price));

        Money amount = line.amount();

        assertThat(amount).hasToString(expected);
    }

    @Test
    void empty_anyComponent_isZeroTimesZero() {
        // given: a component not charged

        BillLine line = BillLine.empty(BandwidthComponent.CDN);

        assertThat(line.component()).isEqualTo(BandwidthComponent.CDN);
        assertThat(line.quantity()).isEqualTo(Quantity.ZERO);
        assertThat(line.unitPrice()).isEqualTo(Money.ZERO);
        assertThat(line.amount()).isEqualTo(Money.ZERO);
    }

    @Test
    void new_negativeUnitPrice_isRefused() {
        Money negative = Money.of("-0.01");

        // when / then
        assertThatThrownBy(() -> new BillLine(BandwidthComponent.FNA, Quantity.of("1"), negative))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NEGATIVE)));
    }

    @Test
    void new_productBeyondAMoneyColumn_isRefused() {
        // given: each value fits its column, their product (about 10^24) does not
        Quantity quantity = Quantity.of("99999999999.9999");
        Money price = Money.of("9999999999999.99");

        // when / then
        assertThatThrownBy(() -> new BillLine(BandwidthComponent.GGC, quantity, price))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violation())
                        .isEqualTo(Violation.of(Reason.LINE_TOO_LARGE, Money.LARGEST)));
    }

    @Test
    void new_productRoundingJustBeyondTheLargestAmount_isRefused() {
        // given: 1.0001 × 9999000099990.00 = 9999999999999.999, which rounds to 10000000000000.00
        Quantity quantity = Quantity.of("1.0001");
        Money price = Money.of("9999000099990.00");

        // when / then
        assertThatThrownBy(() -> new BillLine(BandwidthComponent.GGC, quantity, price))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void new_productRoundingToTheLargestAmount_isAccepted() {
        // given: 1.0001 × 9999000099989.99 = 9999999999999.988999, which rounds to 9999999999999.99
        Quantity quantity = Quantity.of("1.0001");
        Money price = Money.of("9999000099989.99");

        BillLine line = new BillLine(BandwidthComponent.GGC, quantity, price);

        assertThat(line.amount()).hasToString("9999999999999.99");
    }

    @Test
    void new_missingQuantity_isAProgrammingError() {
        Money price = Money.of("1");

        // when / then
        assertThatThrownBy(() -> new BillLine(BandwidthComponent.IIG, null, price))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equals_sameFiguresWrittenDifferently_isEqual() {
        BillLine one = new BillLine(BandwidthComponent.BDIX, Quantity.of("2"), Money.of("20"));

        BillLine other = new BillLine(BandwidthComponent.BDIX, Quantity.of(new BigDecimal("2.00")),
                Money.of(new BigDecimal("20.0")));

        assertThat(other).isEqualTo(one);
    }
}
