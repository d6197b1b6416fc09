package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillNumberTest {

    private static final LocalDate BILLED = LocalDate.of(2025, 11, 30);
    private static final LocalDate CREATED = LocalDate.of(2025, 12, 2);

    @Test
    void of_acmeBilledOnThe30thOfNovember_isTheDocumentedForm() {
        // given: customer Acme Inc of company Acme, bill 17, billed on 30 November 2025

        String number = BillNumber.of("KTL", "Acme", "Acme Inc", 17, BILLED, CREATED);

        assertThat(number).isEqualTo("KTL-BL-ACMEX-17-30112025");
    }

    @ParameterizedTest(name = "company \"{0}\", name \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Bandwidth Resellers Ltd|Someone|BANDW",
            "a.b-c & d|Someone|ABCDX",
            "link3 technologies|Someone|LINK3",
            "2Connect BD|Someone|2CONN",
            "Acme|Someone|ACMEX",
            "ABCDE|Someone|ABCDE",
            "café net|Someone|CAFNE",
            "|Zeta Net|ZETAN",
            "   |Zeta Net|ZETAN",
            "---|Zeta Net|ZETAN",
            "বাংলা টেলিকম|Zeta Net|ZETAN",
            "|আমরা|XXXXX",
            "|z|ZXXXX"})
    void of_companyAndName_takesFiveLettersOrDigitsOfTheCompanyElseTheNamePaddedWithX(String company, String name,
            String expected) {
        // given: a company name of any script, length or emptiness (CSV gives null for an empty one)

        String number = BillNumber.of("KTL", company, name, 5, BILLED, CREATED);

        assertThat(number).isEqualTo("KTL-BL-" + expected + "-5-30112025");
    }

    @Test
    void of_noCompanyAndNoName_isAllX() {
        // given: neither a company nor a name

        String number = BillNumber.of("KTL", null, null, 9, BILLED, CREATED);

        assertThat(number).isEqualTo("KTL-BL-XXXXX-9-30112025");
    }

    @Test
    void of_noBillingDate_usesTheCreationDate() {
        // given: a bill without a billing date, created on 2 December 2025

        String number = BillNumber.of("KTL", "Acme", "Acme Inc", 18, null, CREATED);

        assertThat(number).isEqualTo("KTL-BL-ACMEX-18-02122025");
    }

    @Test
    void of_singleDigitDayAndMonth_padsThemWithZeros() {
        LocalDate firstOfMarch = LocalDate.of(2026, 3, 1);

        String number = BillNumber.of("KTL", "Acme", "Acme Inc", 1, firstOfMarch, CREATED);

        assertThat(number).endsWith("-01032026");
    }

    @Test
    void of_anotherPrefix_usesIt() {
        // given: the prefix setting changed to ZX9

        String number = BillNumber.of("ZX9", "Acme", "Acme Inc", 3, BILLED, CREATED);

        assertThat(number).isEqualTo("ZX9-BL-ACMEX-3-30112025");
    }

    @Test
    void of_sameCustomerAndDayDifferentIds_areDifferent() {
        String first = BillNumber.of("KTL", "Acme", "Acme Inc", 1, BILLED, CREATED);

        String second = BillNumber.of("KTL", "Acme", "Acme Inc", 11, BILLED, CREATED);

        assertThat(second).isNotEqualTo(first);
    }
}
