package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Active|ACTIVE", "active|ACTIVE", "ACTIVE|ACTIVE", "' Inactive '|INACTIVE",
            "lost|LOST", "Lost|LOST"})
    void fromCode_anyCaseAndSurroundingSpace_answersTheStatus(String code, CustomerStatus expected) {
        // given: a status code as a client might send it

        CustomerStatus status = CustomerStatus.fromCode(code);

        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(CustomerStatus.class)
    void fromCode_ownCode_roundTrips(CustomerStatus status) {
        String code = status.code();

        CustomerStatus parsed = CustomerStatus.fromCode(code);

        assertThat(parsed).isEqualTo(status);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Closed", "actve", "new"})
    void fromCode_unknown_isRefusedNamingTheChoices(String code) {
        // given: a code that is no customer status

        // when / then
        assertThatThrownBy(() -> CustomerStatus.fromCode(code))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violation()).isEqualTo(
                        Violation.of(Reason.INVALID_CHOICE, code, List.of("Active", "Inactive", "Lost"))));
    }

    @Test
    void code_eachStatus_isTheDocumentsSpelling() {
        // given: the three statuses

        var codes = java.util.Arrays.stream(CustomerStatus.values()).map(CustomerStatus::code).toList();

        assertThat(codes).containsExactly("Active", "Inactive", "Lost");
    }
}
