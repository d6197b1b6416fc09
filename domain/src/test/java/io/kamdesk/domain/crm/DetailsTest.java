package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetailsTest {

    private static final EmailAddress EMAIL = EmailAddress.of("ops@acme.example");
    private static final PhoneNumber PHONE = PhoneNumber.of("01712345678");

    @Test
    void prospectDetails_onlyAName_defaultsTheRestToEmptyAndZero() {
        // given: a name and nothing else

        ProspectDetails details = new ProspectDetails("Rahim", null, null, null, null, null, null, null, null, null);

        assertThat(details.companyName()).isEmpty();
        assertThat(details.address()).isEmpty();
        assertThat(details.contactPerson()).isEmpty();
        assertThat(details.source()).isEmpty();
        assertThat(details.notes()).isEmpty();
        assertThat(details.potentialRevenue()).isEqualTo(Money.ZERO);
        assertThat(details.email()).isNull();
        assertThat(details.phone()).isNull();
    }

    @Test
    void prospectDetails_negativePotentialRevenue_isRefused() {
        Money negative = Money.of("-1");

        // when / then
        assertThatThrownBy(() -> new ProspectDetails("Rahim", null, null, null, null, negative, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.NEGATIVE)));
    }

    @Test
    void customerDetails_onlyRequiredFields_defaultsTheRestToEmptyAndZero() {
        // given: name, e-mail and phone only

        CustomerDetails details = new CustomerDetails("Acme", null, EMAIL, PHONE, null, null, null, null);

        assertThat(details.companyName()).isEmpty();
        assertThat(details.address()).isEmpty();
        assertThat(details.linkId()).isNull();
        assertThat(details.monthlyRevenue()).isEqualTo(Money.ZERO);
        assertThat(details.potentialRevenue()).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void customerDetails_blankLinkId_isNone(String linkId) {
        // given: no link id worth keeping

        CustomerDetails details = new CustomerDetails("Acme", null, EMAIL, PHONE, null, linkId, null, null);

        assertThat(details.linkId()).isNull();
    }

    @Test
    void customerDetails_linkIdWithSpace_isTrimmed() {
        String linkId = "  LNK-42 ";

        CustomerDetails details = new CustomerDetails("Acme", null, EMAIL, PHONE, null, linkId, null, null);

        assertThat(details.linkId()).isEqualTo("LNK-42");
    }

    @Test
    void customerDetails_negativeMonthlyRevenue_isRefused() {
        Money negative = Money.of("-0.01");

        // when / then
        assertThatThrownBy(() -> new CustomerDetails("Acme", null, EMAIL, PHONE, null, null, negative, null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void customerDetails_negativePotentialRevenue_isRefused() {
        Money negative = Money.of("-0.01");

        // when / then
        assertThatThrownBy(() -> new CustomerDetails("Acme", null, EMAIL, PHONE, null, null, null, negative))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void customerDetails_withoutEmail_isRefused() {
        // given: no e-mail

        // when / then
        assertThatThrownBy(() -> new CustomerDetails("Acme", null, null, PHONE, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
