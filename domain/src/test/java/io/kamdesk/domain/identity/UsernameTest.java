package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"bob", "jane.doe", "j_doe-2", "sales+eu@corp", "Ünal", "用户", "7"})
    void of_lettersDigitsAndAllowedSymbols_isAccepted(String raw) {
        // given: a name of allowed characters

        Username username = Username.of(raw);

        assertThat(username.value()).isEqualTo(raw);
        assertThat(username).hasToString(raw);
    }

    @Test
    void of_surroundingSpace_isStripped() {
        String raw = "  bob\t";

        Username username = Username.of(raw);

        assertThat(username.value()).isEqualTo("bob");
        assertThat(username).isEqualTo(Username.of("bob"));
    }

    @Test
    void of_exactly150Characters_isAccepted() {
        String raw = "a".repeat(150);

        Username username = Username.of(raw);

        assertThat(username.value()).hasSize(150);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "john doe", "john/doe", "john:doe", "o'brien", "a#b", "<script>"})
    void of_missingOrForbiddenCharacters_isRefused(String raw) {
        // given: a name that breaks the shape

        // when / then
        assertThatThrownBy(() -> Username.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.INVALID_USERNAME)));
    }

    @Test
    void of_151Characters_isRefused() {
        String raw = "a".repeat(151);

        // when / then
        assertThatThrownBy(() -> Username.of(raw)).isInstanceOf(InvalidValueException.class);
    }
}
