package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void bounded_null_isEmpty() {
        // given: no text

        String text = Text.bounded(null, 10);

        assertThat(text).isEmpty();
    }

    @Test
    void bounded_surroundingSpace_isTrimmed() {
        String raw = "  Dhaka Office \n";

        String text = Text.bounded(raw, 100);

        assertThat(text).isEqualTo("Dhaka Office");
    }

    @Test
    void bounded_exactlyTheLimitAfterTrimming_isAccepted() {
        String raw = "   abc   ";

        String text = Text.bounded(raw, 3);

        assertThat(text).isEqualTo("abc");
    }

    @Test
    void bounded_overTheLimit_isRefusedNamingTheLimit() {
        String raw = "abcd";

        // when / then
        assertThatThrownBy(() -> Text.bounded(raw, 3))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_LONG, 3)));
    }

    @Test
    void required_text_isTrimmed() {
        String raw = " Acme ";

        String text = Text.required(raw, 10);

        assertThat(text).isEqualTo("Acme");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void required_blank_isRefused(String raw) {
        // given: nothing but space, or nothing

        // when / then
        assertThatThrownBy(() -> Text.required(raw, 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.BLANK)));
    }

    @Test
    void required_overTheLimit_isRefusedNamingTheLimit() {
        String raw = "x".repeat(256);

        // when / then
        assertThatThrownBy(() -> Text.required(raw, 255))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.TOO_LONG, 255)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u001bb", "a\u007fb"})
    void bounded_controlCharacter_isRefused(String raw) {
        // when / then
        assertThatThrownBy(() -> Text.bounded(raw, 100)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void bounded_lineBreaksAndTabs_areKept() {
        String raw = "House 7\r\nRoad\t12";

        String text = Text.bounded(raw, 100);

        assertThat(text).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\nInc", "Acme\tInc", "Acme\rInc"})
    void line_lineBreakOrTab_isRefusedSayingSo(String raw) {
        // when / then
        assertThatThrownBy(() -> Text.line(raw, 100)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.LINE_BREAK)));
    }

    @Test
    void line_nul_isRefusedAsNull() {
        // when / then
        assertThatThrownBy(() -> Text.required("a\u0000", 100)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NULL_CHARACTER)));
    }
}
