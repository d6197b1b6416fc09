package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerNumberTest {

    @Test
    void of_acmeInc_isPaddedUpperCaseNameAndId() {
        String name = "Acme Inc";

        String number = CustomerNumber.of("KTL", name, 17);

        assertThat(number).isEqualTo("KTL-ACMEINCX-17");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "বাংলা টেলিকম লিমিটেড|5|KTL-XXXXXXXX-5",
            "Link3 Technologies|8|KTL-LINK3TEC-8",
            "Bandwidth Resellers Limited|123|KTL-BANDWIDT-123",
            "ABCDEFGH|1|KTL-ABCDEFGH-1",
            "ABCDEFGHI|1|KTL-ABCDEFGH-1",
            "a.b-c & d|2|KTL-ABCDXXXX-2",
            "café net|3|KTL-CAFNETXX-3",
            "2Connect BD|4|KTL-2CONNECT-4",
            "  |6|KTL-XXXXXXXX-6",
            "আমরা Networks|7|KTL-NETWORKS-7"})
    void of_name_keepsTheFirstEightAsciiLettersAndDigitsPaddedWithX(String name, long id, String expected) {
        // given: a customer name of any script and length

        String number = CustomerNumber.of("KTL", name, id);

        assertThat(number).isEqualTo(expected);
    }

    @Test
    void of_noName_isAllX() {
        // given: no name at all

        String number = CustomerNumber.of("KTL", null, 9);

        assertThat(number).isEqualTo("KTL-XXXXXXXX-9");
    }

    @Test
    void of_anotherPrefix_usesIt() {
        String prefix = "BWR";

        String number = CustomerNumber.of(prefix, "Acme Inc", 17);

        assertThat(number).isEqualTo("BWR-ACMEINCX-17");
    }

    @Test
    void of_sameNameDifferentIds_areDifferent() {
        String name = "Acme Inc";

        String first = CustomerNumber.of("KTL", name, 1);
        String second = CustomerNumber.of("KTL", name, 2);

        assertThat(first).isNotEqualTo(second);
    }
}
