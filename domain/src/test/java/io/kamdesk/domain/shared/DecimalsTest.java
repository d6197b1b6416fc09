package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5000|5000",
            "' 12.50 '|12.50",
            "-3|-3",
            "+4.5|4.5",
            "1e3|1000",
            "1.5E-2|0.015",
            "0.000001|0.000001",
            "007|7"})
    void parse_numericText_answersTheExactValue(String text, String expected) {
        // given: a number written as text

        BigDecimal value = Decimals.parse(text);

        assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    void parse_decimalText_keepsItsScale() {
        String text = "12.50";

        BigDecimal value = Decimals.parse(text);

        assertThat(value).isEqualTo(new BigDecimal("12.50"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "NaN", "Infinity", "-Infinity", "abc", "12,50", "1.2.3", "0x1F", "1e", "--1",
            "12 50", "5000 BDT", "1_000", "e5", "."})
    void parse_notANumber_isRefused(String text) {
        // given: text that is not a finite decimal

        // when / then
        assertThatThrownBy(() -> Decimals.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NOT_A_NUMBER)));
    }

    @Test
    void parse_fortyCharacters_isAccepted() {
        String text = "1".repeat(40);

        BigDecimal value = Decimals.parse(text);

        assertThat(value).isEqualTo(new BigDecimal(text));
    }

    @Test
    void parse_fortyOneCharacters_isRefused() {
        String text = "1".repeat(41);

        // when / then
        assertThatThrownBy(() -> Decimals.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NOT_A_NUMBER)));
    }

    @Test
    void parse_veryLongText_isRefusedQuickly() {
        String text = "9".repeat(5_000_000);

        // when / then
        assertTimeoutPreemptively(Duration.ofMillis(250), () -> assertThatThrownBy(() -> Decimals.parse(text))
                .isInstanceOf(InvalidValueException.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1E-999999", "-1e1001", "1e-1001"})
    void parse_absurdExponent_isRefused(String text) {
        // given: a short text with an absurd exponent

        // when / then
        assertThatThrownBy(() -> Decimals.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NOT_A_NUMBER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000", "1e-1000"})
    void requireSane_exponentAtTheLimit_isAccepted(String text) {
        BigDecimal value = new BigDecimal(text);

        BigDecimal sane = Decimals.requireSane(value);

        assertThat(sane).isSameAs(value);
    }

    @Test
    void requireSane_sixtyDigits_isAccepted() {
        BigDecimal value = new BigDecimal("9".repeat(60));

        BigDecimal sane = Decimals.requireSane(value);

        assertThat(sane).isSameAs(value);
    }

    @Test
    void requireSane_sixtyOneDigits_isRefused() {
        BigDecimal value = new BigDecimal("9".repeat(61));

        // when / then
        assertThatThrownBy(() -> Decimals.requireSane(value)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"10, 10.00", "1.2500, 1.25", "2.1250, 2.125", "0.000, 0.00", "1.5E+3, 1500.00", "-0.5, -0.50",
            "12345678901234567890.1234567, 12345678901234567890.1234567"})
    void written_dropsTrailingZerosDownToTwoDecimals_neverInExponentForm(String value, String written) {
        assertThat(Decimals.written(new BigDecimal(value))).isEqualTo(written);
    }
}
