package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProspectStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"new|NEW", "NEW|NEW", "' Contacted '|CONTACTED", "qualified|QUALIFIED",
            "Qualified|QUALIFIED", "LOST|LOST"})
    void fromCode_anyCaseAndSurroundingSpace_answersTheStatus(String code, ProspectStatus expected) {
        // given: a status code as a client might send it

        ProspectStatus status = ProspectStatus.fromCode(code);

        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ProspectStatus.class)
    void fromCode_ownCode_roundTrips(ProspectStatus status) {
        String code = status.code();

        ProspectStatus parsed = ProspectStatus.fromCode(code);

        assertThat(parsed).isEqualTo(status);
    }

    @Test
    void fromCode_upperCaseUnderATurkishDefaultLocale_stillAnswersTheStatus() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            ProspectStatus status = ProspectStatus.fromCode("QUALIFIED");

            assertThat(status).isEqualTo(ProspectStatus.QUALIFIED);
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "won", "Active", "qualifed"})
    void fromCode_unknown_isRefusedNamingTheChoices(String code) {
        // given: a code that is no prospect status

        // when / then
        assertThatThrownBy(() -> ProspectStatus.fromCode(code))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violation()).isEqualTo(
                        Violation.of(Reason.INVALID_CHOICE, code, List.of("new", "contacted", "qualified", "lost"))));
    }

    @Test
    void code_eachStatus_isTheDocumentsSpelling() {
        // given: the four statuses

        var codes = Arrays.stream(ProspectStatus.values()).map(ProspectStatus::code).toList();

        assertThat(codes).containsExactly("new", "contacted", "qualified", "lost");
    }
}
