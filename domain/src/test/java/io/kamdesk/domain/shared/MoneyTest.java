package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Duration QUICKLY = Duration.ofMillis(250);

    @Test
    void of_sameAmountWithFewerDecimals_isEqualWithSameHashCode() {
        Money twoDecimals = Money.of("19.90");

        Money oneDecimal = Money.of("19.9");

        assertThat(oneDecimal).isEqualTo(twoDecimals);
        assertThat(oneDecimal.hashCode()).isEqualTo(twoDecimals.hashCode());
        assertThat(oneDecimal.amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"5000, 5000.00", "5E+3, 5000.00", "0, 0.00", "0.5, 0.50", "-15.5, -15.50", "1.2300, 1.23",
            "9999999999999.99, 9999999999999.99"})
    void toString_anyAcceptedAmount_isPlainWithTwoDecimals(String raw, String expected) {
        Money money = Money.of(new BigDecimal(raw));

        String text = money.toString();

        assertThat(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.005", "1.239", "-0.001", "19.999", "0.0000001"})
    void of_moreThanTwoDecimals_isRefused(String raw) {
        // given: an amount with a third significant decimal

        // when / then
        assertThatThrownBy(() -> Money.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DECIMALS, 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999999.99", "-9999999999999.99", "1000000000000"})
    void of_atMostThirteenIntegerDigits_isAccepted(String raw) {
        // given: an amount that fits numeric(15,2)

        Money money = Money.of(raw);

        assertThat(money.amount()).isEqualByComparingTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000", "-10000000000000", "10000000000000.00", "1E+13", "99999999999999.9"})
    void of_fourteenIntegerDigits_isRefused(String raw) {
        // given: an amount that does not fit numeric(15,2)

        // when / then
        assertThatThrownBy(() -> Money.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DIGITS, 15)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "-1E+999999", "1e-999999", "1E+2147483647"})
    void of_absurdExponentAsText_isRefusedQuickly(String raw) {
        // given: a short text with an absurd exponent

        // when / then
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Money.of(raw))
                .isInstanceOf(InvalidValueException.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1e-999999", "1E+2147483647"})
    void of_absurdExponentAsNumber_isRefusedQuickly(String raw) {
        BigDecimal absurd = new BigDecimal(raw);

        // when / then
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Money.of(absurd))
                .isInstanceOf(InvalidValueException.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "5000"})
    void nonNegative_zeroOrMore_isAccepted(String raw) {
        BigDecimal amount = new BigDecimal(raw);

        Money money = Money.nonNegative(amount);

        assertThat(money.amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-5000"})
    void nonNegative_belowZero_isRefused(String raw) {
        BigDecimal amount = new BigDecimal(raw);

        // when / then
        assertThatThrownBy(() -> Money.nonNegative(amount))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NEGATIVE)));
    }

    @Test
    void nonNegative_tooManyDecimals_isRefusedForTheDecimals() {
        BigDecimal amount = new BigDecimal("1.001");

        // when / then
        assertThatThrownBy(() -> Money.nonNegative(amount))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DECIMALS, 2)));
    }

    @Test
    void plus_twoAmounts_isTheirExactSum() {
        Money price = Money.of("19.99");

        Money total = price.plus(Money.of("0.01"));

        assertThat(total).isEqualTo(Money.of("20.00"));
        assertThat(total).hasToString("20.00");
    }

    @Test
    void minus_largerAmount_isNegative() {
        Money received = Money.of("10");

        Money due = received.minus(Money.of("25.50"));

        assertThat(due).isEqualTo(Money.of("-15.50"));
        assertThat(due.isNegative()).isTrue();
    }

    @Test
    void plus_resultBeyondThirteenIntegerDigits_isRefused() {
        Money largest = Money.of("9999999999999.99");

        // when / then
        assertThatThrownBy(() -> largest.plus(Money.of("0.01")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DIGITS, 15)));
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "0.01, 0.5, 0.01",
            "0.01, 0.4, 0.00",
            "0.10, 0.05, 0.01",
            "1.00, 2.675, 2.68",
            "1.00, 1.005, 1.01",
            "2.50, 1.005, 2.51",
            "1.10, 1.005, 1.11",
            "333.33, 3, 999.99",
            "100.00, 1000, 100000.00",
            "10.00, 0, 0.00",
            "0.01, -0.5, -0.01"})
    void times_quantity_roundsTheLineHalfUpToTheCent(String price, String quantity, String expected) {
        Money unitPrice = Money.of(price);

        Money line = unitPrice.times(new BigDecimal(quantity));

        assertThat(line).hasToString(expected);
    }

    @Test
    void times_resultBeyondThirteenIntegerDigits_isRefused() {
        Money price = Money.of("1000000.00");

        // when / then
        assertThatThrownBy(() -> price.times(new BigDecimal("10000000")))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1e-999999", "1E+2147483647"})
    void times_absurdQuantity_isRefusedQuickly(String raw) {
        Money price = Money.of("2.50");
        BigDecimal quantity = new BigDecimal(raw);

        // when / then
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> price.times(quantity))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NOT_A_NUMBER))));
    }

    @Test
    void compareTo_sameAmountDifferentScale_isZero() {
        Money one = Money.of(new BigDecimal("19.9"));

        int comparison = one.compareTo(Money.of(new BigDecimal("19.90")));

        assertThat(comparison).isZero();
        assertThat(Money.of("1.00")).isLessThan(Money.of("1.01"));
    }

    @Test
    void isZero_zeroWithAnyScale_isTrue() {
        Money zero = Money.of("0.0");

        boolean isZero = zero.isZero();

        assertThat(isZero).isTrue();
        assertThat(zero).isEqualTo(Money.ZERO);
        assertThat(Money.of("0.01").isZero()).isFalse();
    }

    @Test
    void new_nullAmount_isRefused() {
        // given: no amount

        // when / then
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }
}
