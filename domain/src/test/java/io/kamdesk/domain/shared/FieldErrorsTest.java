package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldErrorsTest {

    private final FieldErrors errors = new FieldErrors();

    @Test
    void throwIfAny_nothingRecorded_doesNotThrow() {
        // given: no errors

        boolean empty = errors.isEmpty();

        assertThat(empty).isTrue();
        assertThatCode(errors::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void throwIfAny_errorsOnSeveralFields_reportsEveryOneOfThem() {
        errors.add("email", Reason.INVALID_EMAIL);
        errors.add("password", Reason.PASSWORD_TOO_SHORT, 8);
        errors.add("password", Reason.PASSWORD_COMMON);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);

        assertThat(errors.isEmpty()).isFalse();
        assertThat(thrown.refusal()).isEqualTo(Refusal.INVALID_INPUT);
        assertThat(thrown.fieldErrors()).containsOnly(
                Map.entry("email", List.of(Violation.of(Reason.INVALID_EMAIL))),
                Map.entry("password", List.of(Violation.of(Reason.PASSWORD_TOO_SHORT, 8), Violation.of(Reason.PASSWORD_COMMON))));
    }

    @Test
    void capture_factorySucceeds_returnsTheValueAndRecordsNothing() {
        // given: a valid raw value

        EmailAddress email = errors.capture("email", () -> EmailAddress.of("ok@example.com"));

        assertThat(email).isEqualTo(EmailAddress.of("ok@example.com"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void capture_factoryRefusesTheValue_recordsTheMessageAgainstTheFieldAndReturnsNull() {
        // given: an invalid raw value

        EmailAddress email = errors.capture("email", () -> EmailAddress.of("not an email"));

        assertThat(email).isNull();
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("email", List.of(Violation.of(Reason.INVALID_EMAIL)))));
    }

    @Test
    void capture_severalFieldsRefused_collectsAllBeforeThrowing() {
        errors.capture("email", () -> EmailAddress.of("bad"));
        errors.capture("secondaryEmail", () -> EmailAddress.of("also bad"));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);

        assertThat(thrown.fieldErrors()).containsOnlyKeys("email", "secondaryEmail");
    }

    @Test
    void capture_factoryFailsWithAnotherException_propagatesIt() {
        // given: a factory failing for a reason that is not an invalid value

        // when / then
        assertThatThrownBy(() -> errors.capture("field", () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(errors.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void required_missingOrBlankValue_recordsRequiredAndReturnsNull(String value) {
        // given: a missing value

        String result = errors.required("username", value);

        assertThat(result).isNull();
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
        assertThat(thrown.fieldErrors()).containsOnly(Map.entry("username", List.of(Violation.of(Reason.REQUIRED))));
    }

    @Test
    void required_presentValue_returnsItAndRecordsNothing() {
        // given: present values of several types

        String text = errors.required("username", " bob ");
        Integer number = errors.required("count", 0);

        assertThat(text).isEqualTo(" bob ");
        assertThat(number).isZero();
        assertThat(errors.isEmpty()).isTrue();
    }
}
