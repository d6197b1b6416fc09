package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"10, 10.00", "10.0000, 10.00", "1.2500, 1.25", "1.5, 1.50", "0.1234, 0.1234", "0.125, 0.125",
            "0, 0.00", "0.0000, 0.00", "1E+2, 100.00", "99999999999.9999, 99999999999.9999", "0.0001, 0.0001"})
    void toString_anyQuantity_trimsTrailingZerosButKeepsTwoDecimals(String raw, String expected) {
        Quantity quantity = Quantity.of(new BigDecimal(raw));

        String text = quantity.toString();

        assertThat(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00001", "1.23456", "-0.00001"})
    void of_moreThanFourDecimals_isRefused(String raw) {
        // given: a fifth significant decimal

        // when / then
        assertThatThrownBy(() -> Quantity.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DECIMALS, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000000", "2.50000000"})
    void of_trailingZerosBeyondFourDecimals_isAccepted(String raw) {
        // given: extra decimals that are all zero

        Quantity quantity = Quantity.of(raw);

        assertThat(quantity.value()).isEqualByComparingTo(raw);
        assertThat(quantity.value().scale()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.0001"})
    void of_negative_isRefused(String raw) {
        // given: less than nothing

        // when / then
        assertThatThrownBy(() -> Quantity.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NEGATIVE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000000000", "100000000000.0000", "1E+11", "123456789012"})
    void of_twelveIntegerDigits_isRefused(String raw) {
        // given: more than numeric(15,4) holds

        // when / then
        assertThatThrownBy(() -> Quantity.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_MANY_DIGITS, 15)));
    }

    @Test
    void of_largestQuantityTheColumnHolds_isAccepted() {
        String largest = "99999999999.9999";

        Quantity quantity = Quantity.of(largest);

        assertThat(quantity.value()).isEqualByComparingTo(largest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "  ", "1,5", "NaN", "Infinity"})
    void of_textThatIsNoNumber_isRefused(String raw) {
        // given: text that is not a decimal

        // when / then
        assertThatThrownBy(() -> Quantity.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NOT_A_NUMBER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1e-999999", "1E+2147483647"})
    void of_absurdExponent_isRefusedQuickly(String raw) {
        BigDecimal absurd = new BigDecimal(raw);

        // when / then
        assertTimeoutPreemptively(Duration.ofMillis(250), () -> assertThatThrownBy(() -> Quantity.of(absurd))
                .isInstanceOf(InvalidValueException.class));
    }

    @Test
    void of_sameQuantityWrittenDifferently_isEqual() {
        Quantity one = Quantity.of("1.5");

        Quantity other = Quantity.of("1.5000");

        assertThat(other).isEqualTo(one);
        assertThat(other.hashCode()).isEqualTo(one.hashCode());
        assertThat(other.compareTo(one)).isZero();
    }

    @Test
    void compareTo_smallerQuantity_isNegative() {
        Quantity small = Quantity.of("0.0001");

        int comparison = small.compareTo(Quantity.of("0.001"));

        assertThat(comparison).isNegative();
    }

    @Test
    void zero_isZeroWithFourDecimals() {
        // given: the constant

        BigDecimal value = Quantity.ZERO.value();

        assertThat(value).isEqualByComparingTo("0");
        assertThat(value.scale()).isEqualTo(4);
    }
}
