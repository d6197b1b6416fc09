package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+8801712345678", "01712345678", "017-1234-5678", "+880 1712 345678", "1234567",
            "+123456", "+1234567890123456789", "12345678901234567890", "0 0 0 0 0 0 0", "02-9555555"})
    void of_digitsSpacesDashesAndLeadingPlus_isAcceptedAsWritten(String raw) {
        // given: a phone number written in one of the accepted ways

        PhoneNumber phone = PhoneNumber.of(raw);

        assertThat(phone.value()).isEqualTo(raw);
        assertThat(phone).hasToString(raw);
    }

    @Test
    void of_leadingZeros_areKept() {
        String raw = "00880171234567";

        PhoneNumber phone = PhoneNumber.of(raw);

        assertThat(phone.value()).isEqualTo("00880171234567");
    }

    @Test
    void of_surroundingSpace_isTrimmed() {
        String raw = "  01712345678\t";

        PhoneNumber phone = PhoneNumber.of(raw);

        assertThat(phone.value()).isEqualTo("01712345678");
        assertThat(phone).isEqualTo(PhoneNumber.of("01712345678"));
    }

    @Test
    void of_sevenCharactersOnlyAfterTrimming_isRefused() {
        String raw = "  123456  ";

        // when / then
        assertThatThrownBy(() -> PhoneNumber.of(raw)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "       ", "123456", "+12345", "123456789012345678901", "+12345678901234567890",
            "++8801712345678", "0171234567a", "(017) 1234567", "017.1234.5678", "+-1234567", "1234567-",
            "-1234567", "+ 8801712345678", "017_1234567", "8801712345678+", "017\t1234567", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
            "\u09e6\u09e7\u09ed\u09e7\u09e8\u09e9\u09ea\u09eb"})
    void of_invalidShapeOrLength_isRefused(String raw) {
        // given: something that is not a phone number of 7 to 20 characters

        // when / then
        assertThatThrownBy(() -> PhoneNumber.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.INVALID_PHONE)));
    }
}
