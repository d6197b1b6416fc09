package io.kamdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void of_mixedCaseWithSurroundingSpace_isTrimmedAndLowerCased() {
        String raw = "  Jane.Doe+CRM@Example.COM \t";

        EmailAddress email = EmailAddress.of(raw);

        assertThat(email.value()).isEqualTo("jane.doe+crm@example.com");
        assertThat(email).hasToString("jane.doe+crm@example.com");
    }

    @Test
    void equals_sameAddressInAnotherCase_isEqualWithSameHashCode() {
        EmailAddress lower = EmailAddress.of("sales@kamdesk.io");

        EmailAddress upper = EmailAddress.of("SALES@KAMDESK.IO");

        assertThat(upper).isEqualTo(lower);
        assertThat(upper.hashCode()).isEqualTo(lower.hashCode());
    }

    @Test
    void equals_differentAddresses_isNotEqual() {
        EmailAddress one = EmailAddress.of("a.b@example.com");

        EmailAddress other = EmailAddress.of("ab@example.com");

        assertThat(one).isNotEqualTo(other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane.Doe@Example.com", "x@y.io", "SALES+EU@corp-mail.co.uk", "o'brien@Example.IE",
            "Mixed_Case-42@Sub.Domain.Example"})
    void equals_upperAndLowerCaseVariants_isEqual(String address) {
        // given: one address written in two cases

        EmailAddress upper = EmailAddress.of(address.toUpperCase(Locale.ROOT));
        EmailAddress lower = EmailAddress.of(address.toLowerCase(Locale.ROOT));

        assertThat(upper).isEqualTo(lower);
        assertThat(upper.value()).isEqualTo(address.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "plainaddress", "@example.com", "user@", "user@example", "user@@example.com",
            "us er@example.com", "user..name@example.com", "user@example..com", "user@-example.com",
            "user@example-.com", "user@exa_mple.com", "user@.example.com", "user@example.com.", "\"quoted\"@example.com",
            "jürgen@example.com"})
    void of_invalidShape_isRefused(String raw) {
        // given: an address of an invalid shape

        // when / then
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.INVALID_EMAIL)));
    }

    @Test
    void of_exactly254Characters_isAccepted() {
        String raw = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";

        EmailAddress email = EmailAddress.of(raw);

        assertThat(raw).hasSize(254);
        assertThat(email.value()).isEqualTo(raw);
    }

    @Test
    void of_255Characters_isRefused() {
        String raw = "a".repeat(65) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";

        // when / then
        assertThat(raw).hasSize(255);
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void localPart_address_isTheNormalisedPartBeforeTheAt() {
        EmailAddress email = EmailAddress.of("First.Last@Sub.Example.org");

        String localPart = email.localPart();

        assertThat(localPart).isEqualTo("first.last");
    }
}
