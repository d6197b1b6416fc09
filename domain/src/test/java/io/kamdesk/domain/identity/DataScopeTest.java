package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataScopeTest {

    @Test
    void fromCode_allAndOwn_answerTheirScopes() {
        // given: the two codes of the API

        DataScope all = DataScope.fromCode("all");
        DataScope own = DataScope.fromCode("own");

        assertThat(all).isEqualTo(DataScope.ALL);
        assertThat(own).isEqualTo(DataScope.OWN);
    }

    @ParameterizedTest
    @EnumSource(DataScope.class)
    void fromCode_codeOfAScope_answersThatScope(DataScope scope) {
        String code = scope.code();

        DataScope parsed = DataScope.fromCode(code);

        assertThat(parsed).isSameAs(scope);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ALL", "Own", "mine", " all"})
    void fromCode_unknownCode_isRefusedNamingTheChoices(String code) {
        // given: a code that is not exactly all or own

        // when / then
        assertThatThrownBy(() -> DataScope.fromCode(code))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.INVALID_DATA_SCOPE, code)));
    }
}
