package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BillStatusTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"Active|ACTIVE", "active|ACTIVE", "ACTIVE|ACTIVE", "' Inactive '|INACTIVE",
            "inactive|INACTIVE"})
    void fromCode_codeInAnyCase_isTheStatus(String code, BillStatus expected) {
        // given: a code as a client may send it

        BillStatus status = BillStatus.fromCode(code);

        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Closed", "Lost", "Activ", "  "})
    void fromCode_unknownCode_isRefusedNamingTheChoices(String code) {
        // given: no such status

        // when / then
        assertThatThrownBy(() -> BillStatus.fromCode(code))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violation().reason())
                        .isEqualTo(Reason.INVALID_CHOICE));
    }

    @Test
    void code_eachStatus_isItsApiSpelling() {
        // given: the two statuses

        // when / then
        assertThat(BillStatus.ACTIVE.code()).isEqualTo("Active");
        assertThat(BillStatus.INACTIVE.code()).isEqualTo("Inactive");
    }
}
